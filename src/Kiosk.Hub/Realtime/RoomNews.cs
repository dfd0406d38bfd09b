using Kiosk.Contracts;
using Kiosk.Contracts.Callbacks;

namespace Kiosk.Hub.Realtime;

/// <summary>
/// What one committed change means for each audience, under the number the change took in the
/// room's sequence. Every view in it carries that number, so a client drops anything older than what it shows.
/// </summary>
public sealed record RoomNews(long Sequence)
{
    /// <summary>The visits whose view changed, each for its own ticket's holders only.</summary>
    public IReadOnlyList<TicketView> Tickets { get; init; } = [];

    public ReceptionBoard? Board { get; init; }

    /// <summary>A ticket called to a room, for the TV.</summary>
    public CalledTicket? Called { get; init; }

    /// <summary>Who is running late now, for the TV; null when that did not change.</summary>
    public IReadOnlyList<LateNotice>? Late { get; init; }

    public CallbackList? Callbacks { get; init; }

    /// <summary>A patient's own question, for that ticket's holders only.</summary>
    public QuestionNews? Question { get; init; }
}

public sealed record QuestionNews(string TicketToken, QuestionStatusView Status);
