import requests

url = 'http://localhost:5051/api/v1/config/update'
headers = {
'Authorization': 'Bearer YOUR_TOKEN',
'Content-Type': 'application/json'
}
payload = {
'data': {
# Your new configuration data
}
}

response = requests.post(url, headers=headers, json=payload)
print(response.json())
