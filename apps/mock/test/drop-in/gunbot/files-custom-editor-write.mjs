fetch("http://localhost:5051/api/v1/files/custom-editor/write", {
  method: "POST",
  headers: {
    Authorization: "Bearer YOUR_TOKEN",
    "Content-Type": "application/json",
  },
  body: JSON.stringify({
    document: {
      // Your custom strategy data
    },
  }),
})
  .then((response) => response.json())
  .then((data) => console.log(data));
