fetch("https://your-gunbot-instance.com:3000/api/v1/trade/sell/trailingstop", {
  method: "POST",
  headers: {
    "Content-Type": "application/json",
    Authorization: "Bearer YOUR_TOKEN",
  },
  body: JSON.stringify({
    data: {
      exch: "binance",
      pair: "USDT-BTC",
      amt: 1.0,
      price: 52500,
      stopPrice: 52550,
    },
  }),
})
  .then((response) => response.json())
  .then((data) => console.log(data))
  .catch((error) => console.error(error));
