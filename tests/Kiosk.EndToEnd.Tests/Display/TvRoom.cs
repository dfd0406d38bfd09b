using System.Globalization;
using System.Text.RegularExpressions;
using Kiosk.Contracts;
using Kiosk.EndToEnd.Tests.Infrastructure;
using Kiosk.Hub.Clinic;
using Kiosk.Testing;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;

namespace Kiosk.EndToEnd.Tests.Display;

/// <summary>The room around the TV, driven as the kiosk and the desk drive it, and what the TV must never show.</summary>
public static class TvRoom
{
    public sealed record Person(string FirstName, string LastName, DateOnly Born);

    /// <summary>Walk-ins with names found nowhere else, so a name on the TV can only have come from them.</summary>
    public static readonly Person[] WalkIns =
    [
        new("Ingrid", "Quennell", new DateOnly(1971, 3, 14)),
        new("Tobias", "Varga", new DateOnly(1984, 7, 2)),
        new("Marisol", "Ekwueme", new DateOnly(1962, 11, 23)),
        new("Declan", "Fairweather", new DateOnly(1999, 1, 30)),
        new("Yusra", "Holmgren", new DateOnly(1977, 5, 9)),
        new("Pieter", "Szabo", new DateOnly(1990, 8, 17)),
        new("Aroha", "Lindqvist", new DateOnly(1955, 12, 6)),
    ];

    public static Task<TicketView> WalkInAsync(HubConnection kiosk, Person person) =>
        kiosk.ValueAsync<TicketView>(nameof(IWaitingRoomHub.WalkIn), new WalkInRequest(Guid.NewGuid(), person.FirstName, person.LastName, person.Born, WalkInReasons.Unwell));

    public static async Task CallAsync(HubConnection desk, string code, string room)
    {
        var board = await desk.InvokeAsync<ReceptionBoard>(nameof(IWaitingRoomHub.WatchBoard));
        await desk.ValueAsync<BoardRow>(nameof(IWaitingRoomHub.CallVisit), new CallVisitRequest(board.Rows.Single(r => r.Code == code).VisitId, room));
    }

    /// <summary>The kiosk's own sentence for a range ("About 10–20 min right now").</summary>
    public static string KioskWords(ShownWait wait) => wait.Kind switch
    {
        ShownWaitKind.FewMinutes => "Hardly any wait right now",
        ShownWaitKind.UpTo => $"Up to {wait.HighMinutes} min right now",
        _ => $"About {wait.LowMinutes}–{wait.HighMinutes} min right now",
    };

    /// <summary>Names, birthdays and visit types of everyone the lobby knows, found in the text.</summary>
    public static List<string> PersonalDataIn(string text, Lobby lobby)
    {
        var clinic = lobby.Hub.Services.GetRequiredService<ClinicFile>();
        var words = lobby.DemoPatientNames
            .Concat(WalkIns.SelectMany(p => new[] { p.FirstName, p.LastName }))
            .Concat(clinic.VisitTypes.Select(v => v.Name));
        var birthdays = WalkIns.SelectMany(p => new[] { p.Born.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), p.Born.ToString("d", clinic.DateCulture) });
        return [.. words.Where(w => Regex.IsMatch(text, $@"\b{Regex.Escape(w)}\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)).Concat(birthdays.Where(text.Contains))];
    }

    /// <summary>Readable from across a room: the TV fills the screen without scrolling and no visible text is under 26 px.</summary>
    public static async Task AssertReadableAsync(DisplayScreen display)
    {
        var fits = await display.Page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= innerWidth && document.documentElement.scrollHeight <= innerHeight");
        var smallest = await display.Page.EvaluateAsync<float>("""
            () => Math.min(...[...document.querySelectorAll(".tv *")]
                .filter(e => e.checkVisibility() && [...e.childNodes].some(n => n.nodeType === 3 && n.textContent.trim()))
                .map(e => parseFloat(getComputedStyle(e).fontSize)))
            """);
        Assert.That(fits, Is.True, "the TV fits 1920×1080 without scrolling");
        Assert.That(smallest, Is.GreaterThanOrEqualTo(26), "no text on the TV is too small to read across the room");
    }
}
