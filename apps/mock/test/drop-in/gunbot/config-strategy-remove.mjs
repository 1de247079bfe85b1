fetch("http://localhost:5051/api/v1/config/strategy/remove", {
  method: "POST",
  headers: {
    Authorization: "Bearer YOUR_TOKEN",
    "Content-Type": "application/json",
  },
  body: JSON.stringify({
    name: "myStrategy",
  }),
})
  .then((response) => response.json())
  .then((data) => console.log(data));
