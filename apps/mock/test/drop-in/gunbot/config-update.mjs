fetch("http://localhost:5051/api/v1/config/update", {
  method: "POST",
  headers: {
    Authorization: "Bearer YOUR_TOKEN",
    "Content-Type": "application/json",
  },
  body: JSON.stringify({
    data: {
      // Your new configuration data
    },
  }),
})
  .then((response) => response.json())
  .then((data) => console.log(data));
