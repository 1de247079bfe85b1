const params = new URLSearchParams({
  exchange: "binance",
  pair: "USDT-XRP",
  interval: "15",
  startTime: "0",
  endTime: "2114377200",
});
fetch(`https://your-gunbot-instance.com:3000/api/v1/chart/marks?${params.toString()}`, {
  method: "GET",
  headers: {
    Authorization: "Bearer YOUR_TOKEN",
  },
})
  .then((response) => response.json())
  .then((data) => console.log(data));
