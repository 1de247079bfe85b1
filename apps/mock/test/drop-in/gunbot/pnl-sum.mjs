const params = new URLSearchParams({
  exchange: "binance/USDT-XRP",
  startTimestamp: 0,
  endTimestamp: Date.now(),
});

fetch(`https://your-gunbot-instance.com:3000/api/v1/pnl/sum?${params.toString()}`, {
  method: "GET",
  headers: {
    Authorization: "Bearer YOUR_TOKEN_HERE",
  },
})
  .then((response) => response.json())
  .then((data) => console.log(data));
