fetch("http://localhost:5051/api/v1/config/pair/add", {
  method: "POST",
  headers: {
    Authorization: "Bearer YOUR_TOKEN",
    "Content-Type": "application/json",
  },
  body: JSON.stringify({
    pair: "USDT-PEPE",
    exchange: "binance",
    settings: {},
  }),
})
  .then((response) => response.json())
  .then((data) => console.log(data));
