import requests

url = 'http://localhost:5051/api/v1/files/custom-editor/write'
headers = {
'Authorization': 'Bearer YOUR_TOKEN',
'Content-Type': 'application/json'
}
payload = {
'document': {
# Your custom strategy data
}
}

response = requests.post(url, headers=headers, json=payload)
print(response.json())
