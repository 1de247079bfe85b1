const data = {
  wallet: "0xYourWalletAddress",
  newLicenses: {},
  verifyExchange: "binance",
};

fetch("https://your-gunbot-instance.com:3000/api/v1/license/keys/edit", {
  method: "POST",
  headers: {
    Authorization: "Bearer YOUR_BEARER_TOKEN",
    "Content-Type": "application/json",
  },
  body: JSON.stringify(data),
})
  .then((response) => response.json())
  .then((data) => console.log(data))
  .catch((error) => console.error("Error:", error));
