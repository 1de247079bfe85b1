const body = {
  exchange: "binance",
  pair: "BTC-ADA",
  elements: ["ABP", "Bid"], // Optional
};

fetch("https://your-gunbot-instance.com:3000/api/v1/coremem/raw", {
  method: "POST",
  headers: {
    Authorization: "Bearer YOUR_TOKEN_HERE",
    "Content-Type": "application/json",
  },
  body: JSON.stringify(body),
})
  .then((response) => response.json())
  .then((data) => console.log(data));
