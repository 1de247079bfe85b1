fetch("http://localhost:5051/api/v1/files/acvar/get", {
  method: "POST",
  headers: {
    Authorization: "Bearer YOUR_TOKEN",
    "Content-Type": "application/json",
  },
  body: JSON.stringify({
    filename: "autoconfig-variables.json",
  }),
})
  .then((response) => response.json())
  .then((data) => console.log(data));
