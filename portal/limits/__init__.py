"""Limits against abuse: the client address behind our proxies, rate limits, private-page passwords."""
