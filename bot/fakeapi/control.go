// What a test tells the fake server about its chats (members, faults,
// blocks, migrations) and asks it about what the bot did.

package fakeapi

import (
	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"
)

// AddChat registers a chat (and makes its members known when given).
func (s *Server) AddChat(c tgbotapi.Chat) {
	s.mu.Lock()
	defer s.mu.Unlock()
	cc := c
	s.chats[c.ID] = &cc
	s.notify()
}

// SetMember sets a user's status in a chat: "creator", "administrator",
// "member", "left" or "kicked".
func (s *Server) SetMember(chatID int64, user tgbotapi.User, status string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.members[chatID] == nil {
		s.members[chatID] = map[int64]string{}
	}
	s.members[chatID][user.ID] = status
	s.users[user.ID] = user
}

// Fail makes the server answer f for requests about chatID instead of doing
// them, f.Times times (or until Heal when 0).
func (s *Server) Fail(chatID int64, f Fault) {
	s.mu.Lock()
	defer s.mu.Unlock()
	ff := f
	s.faults[chatID] = &ff
}

// Heal removes a chat's fault.
func (s *Server) Heal(chatID int64) {
	s.mu.Lock()
	defer s.mu.Unlock()
	delete(s.faults, chatID)
}

// Block makes the chat answer 403 as when the user blocked the bot.
func (s *Server) Block(chatID int64) {
	s.Fail(chatID, Fault{Code: 403, Description: "Forbidden: bot was blocked by the user"})
}

// Kick makes the chat answer 403 as when the bot was removed from a group.
func (s *Server) Kick(chatID int64) {
	s.Fail(chatID, Fault{Code: 403, Description: "Forbidden: bot was kicked from the group chat"})
}

// Migrate turns group from into supergroup to: from answers 400 with
// migrate_to_chat_id from now on, and to exists.
func (s *Server) Migrate(from, to int64) {
	s.mu.Lock()
	old := s.chats[from]
	title := ""
	if old != nil {
		title = old.Title
	}
	s.chats[to] = &tgbotapi.Chat{ID: to, Type: "supergroup", Title: title}
	if m := s.members[from]; m != nil {
		s.members[to] = m
	}
	s.mu.Unlock()
	s.Fail(from, Fault{Code: 400, Description: "Bad Request: group chat was upgraded to a supergroup chat", MigrateTo: to})
}

// Messages returns copies of the messages the bot has in a chat, oldest
// first.
func (s *Server) Messages(chatID int64) []Message {
	s.mu.Lock()
	defer s.mu.Unlock()
	out := make([]Message, 0, len(s.messages[chatID]))
	for _, m := range s.messages[chatID] {
		out = append(out, *m)
	}
	return out
}

// ChatIDs returns every chat the bot has sent a message to.
func (s *Server) ChatIDs() []int64 {
	s.mu.Lock()
	defer s.mu.Unlock()
	var out []int64
	for id, ms := range s.messages {
		if len(ms) > 0 {
			out = append(out, id)
		}
	}
	return out
}

// Stats returns the server's counters.
func (s *Server) Stats() Stats {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.stats
}

// Commands returns the commands registered with setMyCommands for the
// default scope.
func (s *Server) Commands() []tgbotapi.BotCommand {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]tgbotapi.BotCommand(nil), s.commands...)
}

// ChatCommands returns the commands registered for one chat's scope.
func (s *Server) ChatCommands(chatID int64) []tgbotapi.BotCommand {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]tgbotapi.BotCommand(nil), s.chatCommands[chatID]...)
}

// CallbackAnswer returns the text the bot answered a callback query with
// and whether it answered it.
func (s *Server) CallbackAnswer(id string) (string, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	q := s.queries[id]
	if q == nil {
		return "", false
	}
	return q.text, q.answered
}

// Pending returns how many updates the bot has not yet confirmed.
func (s *Server) Pending() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return len(s.updates)
}
