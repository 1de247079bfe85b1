const params = new URLSearchParams({
  key: "binance/USDT-XRP",
  pageNum: 1,
  pageSize: 10,
  endTime: Date.now(),
});

fetch(`https://your-gunbot-instance.com:3000/api/v1/pnl/daily/paginated?${params.toString()}`, {
  method: "GET",
  headers: {
    Authorization: "Bearer YOUR_TOKEN_HERE",
  },
})
  .then((response) => response.json())
  .then((data) => console.log(data));
