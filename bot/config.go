package bot

import (
	"time"
)

// Config is the bot's part of whosaid's configuration. The daemon's YAML
// file maps onto it (telegram, digest and limits sections).
type Config struct {
	Token  string  // the bot token; never logged
	APIURL string  // Bot API server, default https://api.telegram.org
	Admins []int64 // user ids allowed to /add, forward clippings and /stats

	// Webhook mode, for deployments behind HTTPS. Empty WebhookListen means
	// long polling.
	WebhookListen string // address the webhook HTTP server listens on
	WebhookURL    string // public HTTPS URL Telegram posts updates to
	WebhookSecret string // secret_token Telegram sends back in a header

	Limits Limits

	DigestTime     string // "HH:MM" for new chats
	DigestTimezone string // IANA name for new chats
	MaxEntries     int    // entries in a digest or a /latest reply
	NothingNew     bool   // new chats get a "nothing new" line on empty days

	// PollTimeout is the long polling timeout; default 50 s.
	PollTimeout time.Duration
	// RequestTimeout bounds every Bot API request other than long polling;
	// default 30 s.
	RequestTimeout time.Duration
}

// Limits are Telegram's rate limits as the sender applies them.
type Limits struct {
	GlobalPerSecond float64 // all chats together; default 30
	ChatPerSecond   float64 // one chat; default 1
	GroupPerMinute  float64 // one group or supergroup; default 20
}

// DefaultConfig returns the defaults documented in config.example.yaml.
func DefaultConfig() Config {
	return Config{
		APIURL:         "https://api.telegram.org",
		Limits:         DefaultLimits(),
		DigestTime:     "08:00",
		DigestTimezone: "UTC",
		MaxEntries:     12,
		PollTimeout:    50 * time.Second,
		RequestTimeout: 30 * time.Second,
	}
}

// DefaultLimits returns Telegram's documented limits.
func DefaultLimits() Limits {
	return Limits{GlobalPerSecond: 30, ChatPerSecond: 1, GroupPerMinute: 20}
}

// withDefaults fills the zero fields of c from DefaultConfig.
func (c Config) withDefaults() Config {
	d := DefaultConfig()
	if c.APIURL == "" {
		c.APIURL = d.APIURL
	}
	if c.Limits.GlobalPerSecond <= 0 {
		c.Limits.GlobalPerSecond = d.Limits.GlobalPerSecond
	}
	if c.Limits.ChatPerSecond <= 0 {
		c.Limits.ChatPerSecond = d.Limits.ChatPerSecond
	}
	if c.Limits.GroupPerMinute <= 0 {
		c.Limits.GroupPerMinute = d.Limits.GroupPerMinute
	}
	if c.DigestTime == "" {
		c.DigestTime = d.DigestTime
	}
	if c.DigestTimezone == "" {
		c.DigestTimezone = d.DigestTimezone
	}
	if c.MaxEntries <= 0 {
		c.MaxEntries = d.MaxEntries
	}
	if c.PollTimeout <= 0 {
		c.PollTimeout = d.PollTimeout
	}
	if c.RequestTimeout <= 0 {
		c.RequestTimeout = d.RequestTimeout
	}
	return c
}

// isAdmin reports whether user id is one of the configured admins.
func (c *Config) isAdmin(id int64) bool {
	for _, a := range c.Admins {
		if a == id && id != 0 {
			return true
		}
	}
	return false
}
