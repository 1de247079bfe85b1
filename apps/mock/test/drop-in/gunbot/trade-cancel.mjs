fetch("https://your-gunbot-instance.com:3000/api/v1/trade/cancel", {
  method: "POST",
  headers: {
    "Content-Type": "application/json",
    Authorization: "Bearer YOUR_TOKEN",
  },
  body: JSON.stringify({
    data: {
      exch: "binance",
      pair: "USDT-BTC",
      id: "357044",
      price: 50000,
      type: "limit",
    },
  }),
})
  .then((response) => response.json())
  .then((data) => console.log(data))
  .catch((error) => console.error(error));
