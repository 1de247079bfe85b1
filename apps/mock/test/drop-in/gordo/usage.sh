API_KEY=grd_live_your_key_here
curl https://api.gordotrader.com/v1/account/usage \
-H "X-API-Key: $API_KEY"
