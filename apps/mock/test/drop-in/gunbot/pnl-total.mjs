const params = new URLSearchParams({
  key: "binance/USDT-XRP",
});

fetch(`https://your-gunbot-instance.com:3000/api/v1/pnl/total?${params.toString()}`, {
  method: "GET",
  headers: {
    Authorization: "Bearer YOUR_TOKEN_HERE",
  },
})
  .then((response) => response.json())
  .then((data) => console.log(data));
