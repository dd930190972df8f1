package bot

import (
	"strings"
	"testing"

	"github.com/whosaid/whosaid/bot/fakeapi"
)

func TestSmoke(t *testing.T) {
	h := newHarness(t, harnessOptions{})
	h.seed()
	chat := fakeapi.PrivateChat(h.admin)
	got := h.say(chat, h.admin, "/start", 1)
	t.Logf("%q", texts(got))
	got = h.say(chat, h.admin, "/latest", 1)
	t.Logf("%q", texts(got))
	got = h.say(chat, h.admin, "/search peskov", 1)
	t.Logf("%q %v", texts(got), got[0].Buttons)
	got = h.say(chat, h.admin, "/timeline peskov normalization", 1)
	t.Logf("%q %v", texts(got), got[0].Buttons)
	if len(h.fake.Commands()) == 0 {
		t.Error("no commands")
	}
	_ = strings.Contains
}
