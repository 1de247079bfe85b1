const body = {
  timezone: "Europe/Amsterdam",
  keys: ["All"],
  dateRange: { startDate: 1733743909461, endDate: 1734348709461 },
};

fetch("https://your-gunbot-instance.com:3000/api/v1/pnl/overview", {
  method: "POST",
  headers: {
    Authorization: "Bearer YOUR_TOKEN_HERE",
    "Content-Type": "application/json",
  },
  body: JSON.stringify(body),
})
  .then((response) => response.json())
  .then((data) => console.log(data));
