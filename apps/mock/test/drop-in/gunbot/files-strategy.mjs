fetch("http://localhost:5051/api/v1/files/strategy", {
  method: "GET",
  headers: {
    Authorization: "Bearer YOUR_TOKEN",
  },
})
  .then((response) => response.json())
  .then((data) => console.log(data));
