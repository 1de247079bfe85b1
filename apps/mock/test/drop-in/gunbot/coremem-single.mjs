const data = {
  exchange: "binance",
  pair: "USDT-XRP",
};
fetch("https://your-gunbot-instance.com:3000/api/v1/coremem/single", {
  method: "POST",
  headers: {
    Authorization: "Bearer YOUR_TOKEN",
    "Content-Type": "application/json",
  },
  body: JSON.stringify(data),
})
  .then((response) => response.json())
  .then((data) => console.log(data));
