const params = new URLSearchParams({
  timezone: "America/New_York",
});
["binance/USDT-XRP", "mex_gunthy/USDT-DOGE"].forEach((key) => params.append("keys[]", key));

fetch(`https://your-gunbot-instance.com:3000/api/v1/orders/day?${params.toString()}`, {
  method: "GET",
  headers: {
    Authorization: "Bearer YOUR_TOKEN",
  },
})
  .then((response) => response.json())
  .then((data) => console.log(data))
  .catch((error) => console.error(error));
