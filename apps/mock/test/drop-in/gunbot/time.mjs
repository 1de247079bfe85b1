fetch("https://your-gunbot-instance.com:3000/api/v1/time", {
  method: "GET",
  headers: {
    Authorization: "Bearer YOUR_BEARER_TOKEN",
  },
})
  .then((response) => response.json())
  .then((data) => console.log(data))
  .catch((error) => console.error("Error:", error));
