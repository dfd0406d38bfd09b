using Kiosk.App.Core.Offline;
using Kiosk.App.Tests.Callbacks;
using Kiosk.App.Tests.CheckIn;
using Kiosk.Contracts;
using Kiosk.Contracts.Offline;
using Microsoft.Extensions.Time.Testing;

namespace Kiosk.App.Tests.Offline;

/// <summary>
/// A kiosk's offline parts on a real SQLite file in a temp folder, over fake hubs and a clock the test
/// moves. <see cref="Crash"/> drops the outbox without marking anything, as a killed process would.
/// </summary>
internal sealed class OfflineKit : IDisposable
{
    public const string DeviceKey = "test-device-key-0123456789";

    /// <summary>09:00 in Chicago on the copy's day.</summary>
    public static readonly DateTimeOffset Morning = new(2026, 11, 23, 15, 0, 0, TimeSpan.Zero);

    public OfflineKit()
    {
        Directory.CreateDirectory(Folder);
        Time.SetLocalTimeZone(Chicago);
        Open();
    }

    public static TimeZoneInfo Chicago { get; } = TimeZoneInfo.FindSystemTimeZoneById("America/Chicago");

    public string Folder { get; } = Path.Combine(Path.GetTempPath(), $"kiosk-offline-{Guid.NewGuid():N}");
    public string OutboxFile => Path.Combine(Folder, OutboxStore.FileName);
    public FakeTimeProvider Time { get; } = new(Morning);
    public FakeGateway Hub { get; } = new();
    public FakeCallbackGateway Questions { get; } = new();
    public OutboxStore Store { get; private set; } = null!;
    public Outbox Outbox { get; private set; } = null!;
    public AppointmentCopyStore Copies { get; private set; } = null!;
    public OfflineAppointments Appointments { get; private set; } = null!;
    public OfflineKiosk Kiosk => new(Outbox, Appointments, Copies);

    /// <summary>The process dies: nothing more is written; a new one opens the same files.</summary>
    public void Crash()
    {
        Outbox.Dispose();
        Store.Dispose();
        Open();
    }

    private void Open()
    {
        Store = new OutboxStore(OutboxFile, new SealedBox(DeviceKey, SealedBox.OutboxPurpose), Time);
        Outbox = new Outbox(Store, Hub, Questions, Time);
        Copies = new AppointmentCopyStore(Folder, new SealedBox(DeviceKey, SealedBox.CopyPurpose), Time);
        Appointments = new OfflineAppointments(Copies, Time);
    }

    public static readonly CopiedAppointment Garcia = new(
        Guid.Parse("00000000-0000-0000-0000-00000000a001"), "Lucía", "García", new DateOnly(1980, 5, 17), "K7M2QX",
        Morning.AddMinutes(30), "lee", "Dr Lee", "checkup", "Check-up");

    public static readonly CopiedAppointment Garner = Garcia with { Id = Guid.Parse("00000000-0000-0000-0000-00000000a002"), FirstName = "Tom", LastName = "Garner", Code = "P3R8WD" };

    public static readonly CopiedAppointment Later = Garcia with { Id = Guid.Parse("00000000-0000-0000-0000-00000000a003"), FirstName = "Ann", LastName = "Zyxwvutsrq", DateOfBirth = new DateOnly(1975, 1, 2), Code = "H4T6NB", StartsAt = Morning.AddHours(4) };

    public static AppointmentCopy Copy(params CopiedAppointment[] appointments) =>
        new(new DateOnly(2026, 11, 23), Morning.AddMinutes(-3), "America/Chicago", 60, 15, "https://clinic.example/", appointments);

    public static TicketView Ticket(string token, string code = "A12") =>
        new(token, code, "Dr Lee", VisitStatus.Waiting, 2, null, null, $"https://clinic.example/t/{token}");

    public static CheckInRequest CheckIn(CopiedAppointment a) => new(Guid.NewGuid(), a.Id, a.LastName, a.DateOfBirth);

    public void Dispose()
    {
        Outbox.Dispose();
        Store.Dispose();
        Directory.Delete(Folder, recursive: true);
    }
}
