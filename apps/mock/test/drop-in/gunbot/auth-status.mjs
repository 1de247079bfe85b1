fetch("https://your-gunbot-instance.com:3000/api/v1/auth/status", {
  headers: { Authorization: "Bearer your_token" },
})
  .then((response) => response.json())
  .then((data) => console.log(data.status));
