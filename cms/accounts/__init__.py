"""Member accounts on the public site: log in, log out, reset a password, the account page.

Django's own authentication views, in the site's frame and the visitor's language; other
sections add what a member sees on the account page (their submissions, their organisation).
"""
