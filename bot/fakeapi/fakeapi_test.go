package fakeapi

import (
	"errors"
	"strings"
	"testing"
	"time"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"
)

func TestParseHTML(t *testing.T) {
	tests := []struct {
		name, in, want, err string
	}{
		{"plain", "hello", "hello", ""},
		{"tags", "<b>bold</b> <i>it</i> <a href=\"https://x.org/?a=1&amp;b=2\">link</a>", "bold it link", ""},
		{"nested", "<b>a <i>b</i> c</b>", "a b c", ""},
		{"entities", "&lt;tag&gt; &amp; &quot;q&quot; &#8212; &#x41;", "<tag> & \"q\" — A", ""},
		{"spoiler", `<span class="tg-spoiler">s</span><tg-spoiler>t</tg-spoiler>`, "st", ""},
		{"pre code", `<pre><code class="language-go">x</code></pre>`, "x", ""},
		{"bare gt", "a > b", "a > b", ""},
		{"unescaped lt", "a < b", "", "unclosed start tag"},
		{"unknown tag", "<div>x</div>", "", `unsupported start tag "div"`},
		{"unclosed", "<b>x", "", `can't find end tag corresponding to start tag "b"`},
		{"crossed", "<b><i>x</b></i>", "", `expected "</i>", found "</b>"`},
		{"stray end", "x</b>", "", "unexpected end tag"},
		{"a without href", "<a>x</a>", "", `must have attribute "href"`},
		{"bare amp", "AT&T", "", "character entity expected"},
		{"unknown entity", "&nbsp;", "", "unsupported character entity"},
		{"nested in code", "<code><b>x</b></code>", "", "can't be nested"},
		{"bad span", "<span>x</span>", "", "tg-spoiler"},
		{"invalid utf8", "a\xffb", "", "UTF-8"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := ParseHTML(tt.in)
			if tt.err != "" {
				if err == nil || !strings.Contains(err.Error(), tt.err) {
					t.Fatalf("ParseHTML(%q) error %v, want %q", tt.in, err, tt.err)
				}
				return
			}
			if err != nil || got != tt.want {
				t.Fatalf("ParseHTML(%q) = %q, %v; want %q", tt.in, got, err, tt.want)
			}
		})
	}
}

func TestUTF16Len(t *testing.T) {
	for in, want := range map[string]int{"": 0, "abc": 3, "ё": 1, "😀": 2, "a😀b": 4} {
		if got := UTF16Len(in); got != want {
			t.Errorf("UTF16Len(%q) = %d, want %d", in, got, want)
		}
	}
}

// client returns the real library's client against s.
func client(t *testing.T, s *Server, token string) *tgbotapi.BotAPI {
	t.Helper()
	b, err := tgbotapi.NewBotAPIWithAPIEndpoint(token, s.URL()+"/bot%s/%s")
	if err != nil {
		t.Fatal(err)
	}
	return b
}

type clock = Clock

func start(t *testing.T, l Limits, c *clock) *Server {
	t.Helper()
	s, err := Start(Options{Token: "1:tok", Limits: l, Now: c.Now})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

func apiErr(t *testing.T, err error) *tgbotapi.Error {
	t.Helper()
	var te *tgbotapi.Error
	if !errors.As(err, &te) {
		t.Fatalf("error %v (%T) is not a *tgbotapi.Error", err, err)
	}
	return te
}

func TestSendValidation(t *testing.T) {
	c := NewClock(time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC))
	s := start(t, Limits{}, c)
	s.AddChat(tgbotapi.Chat{ID: 5, Type: "private"})
	b := client(t, s, "1:tok")
	long := func(n int) string { return strings.Repeat("я", n) }
	kb := func(data string) tgbotapi.InlineKeyboardMarkup {
		return tgbotapi.NewInlineKeyboardMarkup(tgbotapi.NewInlineKeyboardRow(tgbotapi.NewInlineKeyboardButtonData("go", data)))
	}
	tests := []struct {
		name   string
		chat   int64
		text   string
		markup any
		code   int
		desc   string
	}{
		{"ok", 5, "<b>hi</b> &amp; bye", nil, 0, ""},
		{"4096 after tags", 5, "<b>" + long(4096) + "</b>", nil, 0, ""},
		{"4097", 5, long(4097), nil, 400, "Bad Request: message is too long"},
		{"emoji count double", 5, strings.Repeat("😀", 2049), nil, 400, "message is too long"},
		{"bad html", 5, "1 < 2", nil, 400, "Bad Request: can't parse entities: Unclosed start tag"},
		{"empty after tags", 5, "<b> </b>", nil, 400, "message text is empty"},
		{"unknown chat", 6, "hi", nil, 400, "Bad Request: chat not found"},
		{"data 64", 5, "hi", kb(strings.Repeat("x", 64)), 0, ""},
		{"data 65", 5, "hi", kb(strings.Repeat("x", 65)), 400, "BUTTON_DATA_INVALID"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := tgbotapi.NewMessage(tt.chat, tt.text)
			m.ParseMode = tgbotapi.ModeHTML
			m.ReplyMarkup = tt.markup
			_, err := b.Send(m)
			if tt.code == 0 {
				if err != nil {
					t.Fatalf("send: %v", err)
				}
				return
			}
			te := apiErr(t, err)
			if te.Code != tt.code || !strings.Contains(te.Message, tt.desc) {
				t.Fatalf("got %d %q, want %d %q", te.Code, te.Message, tt.code, tt.desc)
			}
		})
	}
	if n := len(s.Messages(5)); n != 3 {
		t.Errorf("recorded %d messages, want 3", n)
	}
	if _, err := client(t, s, "1:tok").Request(tgbotapi.NewSetMyCommands(tgbotapi.BotCommand{Command: "Bad-Name", Description: "x"})); err == nil {
		t.Error("setMyCommands accepted an invalid command")
	}
	if _, err := tgbotapi.NewBotAPIWithAPIEndpoint("2:wrong", s.URL()+"/bot%s/%s"); apiErr(t, err).Code != 401 {
		t.Errorf("wrong token: %v", err)
	}
}

func TestLimits(t *testing.T) {
	c := NewClock(time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC))
	s := start(t, Limits{GlobalPerSecond: 3, GlobalBurst: 3, ChatPerSecond: 1, ChatBurst: 1, GroupPerMinute: 20, GroupBurst: 1}, c)
	for _, ch := range []tgbotapi.Chat{{ID: 1, Type: "private"}, {ID: 2, Type: "private"}, {ID: 3, Type: "private"}, {ID: 4, Type: "private"}, {ID: -5, Type: "group"}} {
		s.AddChat(ch)
	}
	b := client(t, s, "1:tok")
	send := func(chat int64) error {
		_, err := b.Send(tgbotapi.NewMessage(chat, "x"))
		return err
	}
	if err := send(1); err != nil {
		t.Fatal(err)
	}
	te := apiErr(t, send(1))
	if te.Code != 429 || te.RetryAfter != 1 || !strings.Contains(te.Message, "Too Many Requests: retry after 1") {
		t.Fatalf("second message to a chat: %d %q retry_after=%d", te.Code, te.Message, te.RetryAfter)
	}
	if err := send(2); err != nil {
		t.Fatal(err)
	}
	if err := send(3); err != nil {
		t.Fatal(err)
	}
	if apiErr(t, send(4)).Code != 429 {
		t.Fatal("a fourth message in one second passed the global limit of 3")
	}
	c.Add(time.Second)
	if err := send(-5); err != nil {
		t.Fatal(err)
	}
	c.Add(time.Second)
	if te := apiErr(t, send(-5)); te.Code != 429 || te.RetryAfter != 2 {
		t.Fatalf("group after 1 s: %d retry_after=%d", te.Code, te.RetryAfter)
	}
	c.Add(2 * time.Second)
	if err := send(-5); err != nil {
		t.Fatalf("group after 3 s: %v", err)
	}
	if st := s.Stats(); st.TooMany != 3 || st.Sent != 5 {
		t.Errorf("stats %+v", st)
	}
}

func TestFaults(t *testing.T) {
	c := NewClock(time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC))
	s := start(t, Limits{}, c)
	for id := int64(1); id <= 5; id++ {
		s.AddChat(tgbotapi.Chat{ID: id, Type: "private"})
	}
	s.AddChat(tgbotapi.Chat{ID: -6, Type: "group", Title: "G"})
	s.Block(1)
	s.Kick(2)
	s.Fail(3, Fault{Code: 502, Description: "Bad Gateway", Times: 1})
	s.Fail(4, Fault{Drop: true, Times: 1})
	s.Migrate(-6, -1006)
	b := client(t, s, "1:tok")
	send := func(chat int64) error {
		_, err := b.Send(tgbotapi.NewMessage(chat, "x"))
		return err
	}
	if te := apiErr(t, send(1)); te.Code != 403 || te.Message != "Forbidden: bot was blocked by the user" {
		t.Errorf("blocked: %d %q", te.Code, te.Message)
	}
	if te := apiErr(t, send(2)); te.Code != 403 || !strings.Contains(te.Message, "kicked") {
		t.Errorf("kicked: %d %q", te.Code, te.Message)
	}
	if te := apiErr(t, send(3)); te.Code != 502 {
		t.Errorf("5xx: %d", te.Code)
	}
	if err := send(3); err != nil {
		t.Errorf("5xx once, then: %v", err)
	}
	err := send(4)
	var te *tgbotapi.Error
	if err == nil || errors.As(err, &te) {
		t.Errorf("dropped connection gave %v", err)
	}
	if err := send(4); err != nil {
		t.Errorf("after the drop: %v", err)
	}
	if te := apiErr(t, send(-6)); te.Code != 400 || te.MigrateToChatID != -1006 {
		t.Errorf("migrated: %d %+v", te.Code, te.ResponseParameters)
	}
	if err := send(-1006); err != nil {
		t.Errorf("to the supergroup: %v", err)
	}
	s.Heal(1)
	if err := send(1); err != nil {
		t.Errorf("healed: %v", err)
	}
}

func TestUpdatesAndCallbacks(t *testing.T) {
	c := NewClock(time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC))
	s := start(t, Limits{}, c)
	b := client(t, s, "1:tok")
	u := User(10, "Ann")
	chat := PrivateChat(u)
	s.SendText(chat, u, "/search@whosaid_bot peskov")
	ups, err := b.GetUpdates(tgbotapi.UpdateConfig{Timeout: 1})
	if err != nil || len(ups) != 1 {
		t.Fatalf("getUpdates: %v %v", ups, err)
	}
	m := ups[0].Message
	if !m.IsCommand() || m.Command() != "search" || m.CommandArguments() != "peskov" {
		t.Errorf("command %q args %q", m.Command(), m.CommandArguments())
	}
	// Confirmed by the next offset.
	ups, _ = b.GetUpdates(tgbotapi.UpdateConfig{Offset: ups[0].UpdateID + 1})
	if len(ups) != 0 || s.Pending() != 0 {
		t.Errorf("updates after confirming: %v", ups)
	}
	sent, err := b.Send(tgbotapi.NewMessage(chat.ID, "page 1"))
	if err != nil {
		t.Fatal(err)
	}
	p := s.Press(chat, u, sent.MessageID, "s|1|=peskov")
	if _, err := b.Request(tgbotapi.NewCallback(p.CallbackQuery.ID, "ok")); err != nil {
		t.Fatal(err)
	}
	if _, err := b.Request(tgbotapi.NewCallback(p.CallbackQuery.ID, "again")); err == nil {
		t.Error("a callback answered twice")
	}
	if a, ok := s.CallbackAnswer(p.CallbackQuery.ID); !ok || a != "ok" {
		t.Errorf("answer %q %v", a, ok)
	}
	if _, err := b.Request(tgbotapi.NewEditMessageText(chat.ID, sent.MessageID, "page 2")); err != nil {
		t.Fatal(err)
	}
	if _, err := b.Request(tgbotapi.NewEditMessageText(chat.ID, sent.MessageID, "page 2")); err == nil || !strings.Contains(err.Error(), "not modified") {
		t.Errorf("same edit: %v", err)
	}
	if ms := s.Messages(chat.ID); ms[0].Text != "page 2" || ms[0].Edits != 1 {
		t.Errorf("after edit: %+v", ms)
	}
}

func TestMembers(t *testing.T) {
	c := NewClock(time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC))
	s := start(t, Limits{}, c)
	g := tgbotapi.Chat{ID: -9, Type: "group", Title: "G"}
	s.AddChat(g)
	boss, m := User(1, "Boss"), User(2, "Member")
	s.SetMember(g.ID, boss, "creator")
	s.SetMember(g.ID, m, "member")
	b := client(t, s, "1:tok")
	for _, tt := range []struct {
		user tgbotapi.User
		want string
	}{{boss, "creator"}, {m, "member"}} {
		got, err := b.GetChatMember(tgbotapi.GetChatMemberConfig{ChatConfigWithUser: tgbotapi.ChatConfigWithUser{ChatID: g.ID, UserID: tt.user.ID}})
		if err != nil || got.Status != tt.want {
			t.Errorf("member %d: %q %v, want %q", tt.user.ID, got.Status, err, tt.want)
		}
	}
	admins, err := b.GetChatAdministrators(tgbotapi.ChatAdministratorsConfig{ChatConfig: tgbotapi.ChatConfig{ChatID: g.ID}})
	if err != nil || len(admins) != 1 || admins[0].User.ID != boss.ID {
		t.Errorf("administrators %+v %v", admins, err)
	}
	if _, err := b.GetChatMember(tgbotapi.GetChatMemberConfig{ChatConfigWithUser: tgbotapi.ChatConfigWithUser{ChatID: g.ID, UserID: 77}}); err == nil {
		t.Error("an unknown user was found")
	}
}
