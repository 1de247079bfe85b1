fetch("http://localhost:5051/api/v1/files/backup/get", {
  method: "POST",
  headers: {
    Authorization: "Bearer YOUR_TOKEN",
    "Content-Type": "application/json",
  },
  body: JSON.stringify({
    filename: "autoconfig.json.1624608048720",
  }),
})
  .then((response) => response.json())
  .then((data) => console.log(data));
