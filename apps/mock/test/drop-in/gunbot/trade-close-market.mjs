fetch("https://your-gunbot-instance.com:3000/api/v1/trade/close/market", {
  method: "POST",
  headers: {
    "Content-Type": "application/json",
    Authorization: "Bearer YOUR_TOKEN",
  },
  body: JSON.stringify({
    data: {
      exch: "bybit",
      pair: "USDT-BTC-LONG",
      amt: 1.0,
    },
  }),
})
  .then((response) => response.json())
  .then((data) => console.log(data))
  .catch((error) => console.error(error));
