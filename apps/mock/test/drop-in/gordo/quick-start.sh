curl https://api.gordotrader.com/v1/market/price \
-H "X-API-Key: grd_live_your_key_here"
