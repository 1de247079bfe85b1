const data = {
  exchange: "binance",
  base: "USDT",
  start: 0,
  end: Date.now(),
};

fetch("https://your-gunbot-instance.com:3000/api/v1/assets/total", {
  method: "POST",
  headers: {
    Authorization: "Bearer YOUR_ACCESS_TOKEN",
    "Content-Type": "application/json",
  },
  body: JSON.stringify(data),
})
  .then((response) => response.json())
  .then((data) => console.log(data))
  .catch((error) => console.error("Error:", error));
