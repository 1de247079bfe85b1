const params = new URLSearchParams({
  page: "0",
  pageSize: "10",
});
["binance/USDT-XRP", "mex_gunthy/USDT-DOGE"].forEach((key) => params.append("keys[]", key));

fetch(`https://your-gunbot-instance.com:3000/api/v1/orders/page/multi?${params.toString()}`, {
  method: "GET",
  headers: {
    Authorization: "Bearer YOUR_TOKEN",
  },
})
  .then((response) => response.json())
  .then((data) => console.log(data))
  .catch((error) => console.error(error));
