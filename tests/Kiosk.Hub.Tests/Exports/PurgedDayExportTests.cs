using Kiosk.Contracts.Callbacks;
using Kiosk.Hub.Retention;
using Kiosk.Testing;
using Kiosk.WaitingRoom.Clinic;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace Kiosk.Hub.Tests.Exports;

/// <summary>A day past retention exports its waits and questions, and no one: even asked for names, there are none to give.</summary>
public sealed class PurgedDayExportTests : OnAFreshHub
{
    [Test]
    public async Task A_purged_day_exports_with_empty_names_and_numbers_never_the_placeholder()
    {
        await using var kiosk = await Server.KioskAsync();
        var ticket = await kiosk.CheckInAsync(DemoPatients.Rahman);
        await kiosk.AskAsync(ticket.Token, "billing", "Billed twice?", ReplyChannel.CallMeBack, Questions.UkMobile);
        var clinic = Server.Services.GetRequiredService<ClinicProfile>();
        var day = clinic.Today(TimeProvider.System).ToString("yyyy-MM-dd");
        var retention = new PatientDataRetention(
            Server.Services.GetRequiredService<IServiceScopeFactory>(), new FakeTimeProvider(DateTimeOffset.UtcNow.AddDays(31)), clinic,
            new RetentionOptions(PatientDataDays: 30), NullLogger<PatientDataRetention>.Instance);
        await retention.PurgeAsync(CancellationToken.None);
        var dir = Path.Combine(Server.DataDirectory, "exports");

        var (exit, said) = await Server.ExportAsync("all", "--from", day, "--to", day, "--out", dir, "--with-personal-data");

        var visits = File.ReadAllLines(Path.Combine(dir, $"visits-{day}-to-{day}-with-personal-data.csv"));
        var questions = File.ReadAllLines(Path.Combine(dir, $"questions-{day}-to-{day}-with-personal-data.csv"));
        using (Assert.EnterMultipleScope())
        {
            Assert.That(exit, Is.Zero, said);
            Assert.That(visits.Single(l => l.Contains(ticket.Code, StringComparison.Ordinal)), Does.EndWith(",,,"), "first name, last name and birth date left empty");
            Assert.That(string.Join('\n', visits), Does.Not.Contain("Rahman").And.Not.Contain(",-,").And.Not.Contain("0001-01-01"));
            Assert.That(questions.Single(l => l.Contains(ticket.Code, StringComparison.Ordinal)), Does.Contain(",billing,call-me-back,").And.EndWith(","), "the question stays, its number is gone");
        }
    }
}
