const params = new URLSearchParams({
  key: "binance/USDT-XRP", // URL-encoded automatically
  startTimestamp: 0,
  endTimestamp: Date.now(),
});

fetch(`https://your-gunbot-instance.com:3000/api/v1/pnl/daily?${params.toString()}`, {
  method: "GET",
  headers: {
    Authorization: "Bearer YOUR_TOKEN_HERE",
  },
})
  .then((response) => response.json())
  .then((data) => console.log(data));
