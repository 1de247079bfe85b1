fetch("http://localhost:5051/api/v1/files/strategy/write", {
  method: "POST",
  headers: {
    Authorization: "Bearer YOUR_TOKEN",
    "Content-Type": "application/json",
  },
  body: JSON.stringify({
    filename: "best_strategy.js",
    document: "// Test Strategy",
  }),
})
  .then((response) => response.json())
  .then((data) => console.log(data));
