package config

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"
)

func env(m map[string]string) func(string) string {
	return func(k string) string { return m[k] }
}

func TestLoadExample(t *testing.T) {
	cfg, err := Load(filepath.Join("..", "..", "..", "config.example.yaml"), env(map[string]string{TokenEnv: "123:abc"}))
	if err != nil {
		t.Fatal(err)
	}
	want := DefaultConfig()
	want.Telegram.Token = "123:abc"
	if !reflect.DeepEqual(cfg, want) {
		t.Errorf("config.example.yaml differs from DefaultConfig:\n got %+v\nwant %+v", cfg, want)
	}
}

func TestParse(t *testing.T) {
	tests := []struct {
		name  string
		yaml  string
		env   map[string]string
		check func(t *testing.T, c Config)
		err   []string // substrings the error must contain
	}{
		{
			name: "token from file",
			yaml: "telegram:\n  token: file-token\n",
			check: func(t *testing.T, c Config) {
				if c.Telegram.Token != "file-token" {
					t.Errorf("token %q", c.Telegram.Token)
				}
			},
		},
		{
			name: "env overrides file token",
			yaml: "telegram:\n  token: file-token\n",
			env:  map[string]string{TokenEnv: "env-token"},
			check: func(t *testing.T, c Config) {
				if c.Telegram.Token != "env-token" {
					t.Errorf("token %q", c.Telegram.Token)
				}
			},
		},
		{
			name: "feeds with override",
			yaml: "telegram: {token: x}\nsources:\n  collect_every: 2m\n  feeds:\n    - {url: 'http://a/feed'}\n    - {url: 'https://b/rss', every: 15m}\n",
			check: func(t *testing.T, c Config) {
				if len(c.Sources.Feeds) != 2 || c.Sources.Every(c.Sources.Feeds[0]) != 2*time.Minute || c.Sources.Every(c.Sources.Feeds[1]) != 15*time.Minute {
					t.Errorf("feeds %+v", c.Sources.Feeds)
				}
				if c.Digest.Time != "08:00" {
					t.Errorf("defaults lost: digest.time %q", c.Digest.Time)
				}
			},
		},
		{name: "no token", yaml: "log: {level: info}\n", err: []string{"telegram.token", "TELEGRAM_BOT_TOKEN"}},
		{name: "bad duration", yaml: "telegram: {token: x}\nsources:\n  collect_every: often\n", err: []string{"line 3", "sources.collect_every"}},
		{name: "unknown key", yaml: "telegram: {token: x}\ndigest:\n  tme: \"09:00\"\n", err: []string{"line 3", "digest.tme"}},
		{name: "bad time", yaml: "telegram: {token: x}\ndigest:\n  time: \"25:00\"\n", err: []string{"line 3", "digest.time"}},
		{name: "bad zone", yaml: "telegram: {token: x}\n\ndigest:\n  timezone: Mars/Olympus\n", err: []string{"line 4", "digest.timezone"}},
		{name: "bad feed url", yaml: "telegram: {token: x}\nsources:\n  feeds:\n    - url: ftp://x\n", err: []string{"line 4", "sources.feeds[0].url"}},
		{name: "webhook half set", yaml: "telegram:\n  token: x\n  webhook: {listen: ':8443'}\n", err: []string{"line 3", "telegram.webhook"}},
		{name: "admins not numbers", yaml: "telegram:\n  token: x\n  admins: [alice]\n", err: []string{"line 3", "telegram.admins"}},
		{name: "bad level", yaml: "telegram: {token: x}\nlog:\n  level: loud\n", err: []string{"line 3", "log.level"}},
		{name: "syntax", yaml: "telegram: [\n", err: []string{"line"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, err := Parse([]byte(tt.yaml), env(tt.env))
			if len(tt.err) > 0 {
				if err == nil {
					t.Fatalf("no error, want %q", tt.err)
				}
				for _, s := range tt.err {
					if !strings.Contains(err.Error(), s) {
						t.Errorf("error %q does not contain %q", err, s)
					}
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			tt.check(t, c)
		})
	}
}

func TestLoadNamesFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "c.yaml")
	if err := os.WriteFile(path, []byte("database:\n  path: \"\"\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	_, err := Load(path, env(map[string]string{TokenEnv: "x"}))
	if err == nil || !strings.Contains(err.Error(), path) || !strings.Contains(err.Error(), "line 2: database.path") {
		t.Errorf("error %v", err)
	}
}

func TestParseClock(t *testing.T) {
	for _, s := range []string{"8:00", "24:00", "08:60", "0800", ""} {
		if _, err := ParseClock(s); err == nil {
			t.Errorf("ParseClock(%q): no error", s)
		}
	}
	if d, err := ParseClock("23:45"); err != nil || d != 23*time.Hour+45*time.Minute {
		t.Errorf("ParseClock(23:45) = %v, %v", d, err)
	}
}
