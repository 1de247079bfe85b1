fetch("https://your-gunbot-instance.com:3000/api/v1/auth/login", {
  method: "POST",
  headers: {
    "Content-Type": "application/json",
    Authorization: "Bearer YOUR_BEARER_TOKEN",
  },
  body: JSON.stringify({ password: "your_encrypted_password" }),
})
  .then((response) => response.json())
  .then((data) => console.log(data.token));
