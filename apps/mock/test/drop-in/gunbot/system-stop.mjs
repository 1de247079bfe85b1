fetch("https://your-gunbot-instance.com:3000/api/v1/system/stop", {
  method: "POST",
  headers: {
    Authorization: "Bearer YOUR_BEARER_TOKEN",
    "Content-Type": "application/json",
  },
})
  .then((response) => response.json())
  .then((data) => console.log(data))
  .catch((error) => console.error("Error:", error));
