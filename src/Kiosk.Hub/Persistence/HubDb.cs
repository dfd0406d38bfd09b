using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Kiosk.Hub.Persistence;

/// <summary>
/// The hub's own data, including the Data Protection keys that sign its cookies (never the user profile's).
/// This type and its migrations are SQLite's; <see cref="PostgresHubDb"/> is the same model with PostgreSQL's.
/// </summary>
public class HubDb : DbContext, IDataProtectionKeyContext
{
    public HubDb(DbContextOptions<HubDb> options) : base(options)
    {
    }

    /// <summary>For a provider's own context type, which keeps its own migrations.</summary>
    protected HubDb(DbContextOptions options) : base(options)
    {
    }

    public DbSet<AppointmentRow> Appointments => Set<AppointmentRow>();
    public DbSet<VisitRow> Visits => Set<VisitRow>();
    public DbSet<VisitEventRow> VisitEvents => Set<VisitEventRow>();
    public DbSet<ShownEstimateRow> ShownEstimates => Set<ShownEstimateRow>();
    public DbSet<CallbackRequestRow> CallbackRequests => Set<CallbackRequestRow>();
    public DbSet<CallbackEventRow> CallbackEvents => Set<CallbackEventRow>();
    public DbSet<ProviderDelayRow> ProviderDelays => Set<ProviderDelayRow>();
    public DbSet<SpokenToRow> SpokenTo => Set<SpokenToRow>();
    public DbSet<VisitRatingRow> VisitRatings => Set<VisitRatingRow>();
    public DbSet<UrgentAlertRow> UrgentAlerts => Set<UrgentAlertRow>();
    public DbSet<DelayNotNowRow> DelayNotNow => Set<DelayNotNowRow>();
    public DbSet<OfflineCheckInRow> OfflineCheckIns => Set<OfflineCheckInRow>();
    public DbSet<StaffAccount> StaffAccounts => Set<StaffAccount>();
    public DbSet<KioskDevice> KioskDevices => Set<KioskDevice>();
    public DbSet<StaffSessionRow> StaffSessions => Set<StaffSessionRow>();
    public DbSet<SignInAttemptRow> SignInAttempts => Set<SignInAttemptRow>();
    public DbSet<NameTryRow> NameTries => Set<NameTryRow>();
    public DbSet<CodeTryRow> CodeTries => Set<CodeTryRow>();
    public DbSet<FirstForecastRow> FirstForecasts => Set<FirstForecastRow>();
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();
    public DbSet<RoomSequenceRow> RoomSequences => Set<RoomSequenceRow>();
    public DbSet<RoomVersionRow> RoomVersions => Set<RoomVersionRow>();
    public DbSet<ScheduleImportRow> ScheduleImports => Set<ScheduleImportRow>();
    public DbSet<StatusWriteRow> StatusWrites => Set<StatusWriteRow>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<RoomSequenceRow>(r =>
        {
            r.HasKey(x => x.ClinicId);
            r.Property(x => x.ClinicId).HasMaxLength(64);
        });
        modelBuilder.Entity<RoomVersionRow>(r =>
        {
            r.HasKey(x => new { x.ClinicId, x.Day });
            r.Property(x => x.ClinicId).HasMaxLength(64);
        });
        modelBuilder.Entity<ScheduleImportRow>(i =>
        {
            i.HasIndex(x => x.Day);
            i.Property(x => x.Source).HasMaxLength(100);
            i.Property(x => x.Failure).HasMaxLength(500);
        });
        modelBuilder.Entity<StatusWriteRow>(w =>
        {
            w.HasIndex(x => new { x.WrittenAt, x.NextTryAt });
            w.Property(x => x.SourceId).HasMaxLength(200);
            w.Property(x => x.Status).HasMaxLength(32);
            w.Property(x => x.LastError).HasMaxLength(500);
        });
        modelBuilder.Entity<AppointmentRow>(a =>
        {
            a.HasIndex(x => x.Day);
            a.Property(x => x.ProviderId).HasMaxLength(64);
            a.Property(x => x.VisitTypeId).HasMaxLength(64);
            a.Property(x => x.FirstName).HasMaxLength(100);
            a.Property(x => x.LastName).HasMaxLength(100);
            a.Property(x => x.ConfirmationCode).HasMaxLength(16);
            a.HasIndex(x => new { x.Day, x.ConfirmationCode });
            a.Property(x => x.SourceId).HasMaxLength(200);
            a.HasIndex(x => new { x.Day, x.SourceId }).IsUnique();
            a.Property(x => x.WalkInReason).HasMaxLength(32);
        });
        modelBuilder.Entity<VisitRow>(v =>
        {
            v.HasIndex(x => x.Day);
            v.HasIndex(x => x.Token).IsUnique();
            v.HasIndex(x => x.CheckInKey).IsUnique();
            v.HasIndex(x => x.AppointmentId).IsUnique();
            v.Property(x => x.Code).HasMaxLength(16);
            v.Property(x => x.Token).HasMaxLength(64);
            v.Property(x => x.State).HasMaxLength(32);
            v.HasMany(x => x.Events).WithOne().HasForeignKey(e => e.VisitId);
        });
        modelBuilder.Entity<VisitEventRow>(e =>
        {
            e.Property(x => x.Kind).HasMaxLength(32);
            e.Property(x => x.By).HasMaxLength(100);
            e.Property(x => x.Room).HasMaxLength(40);
            e.Property(x => x.ToProvider).HasMaxLength(64);
        });
        modelBuilder.Entity<ShownEstimateRow>(e =>
        {
            e.HasIndex(x => x.Day);
            e.HasIndex(x => x.VisitId);
        });
        modelBuilder.Entity<CallbackRequestRow>(c =>
        {
            c.HasIndex(x => x.IdempotencyKey).IsUnique();
            c.HasIndex(x => x.VisitId);
            c.HasIndex(x => x.State);
            c.Property(x => x.TopicId).HasMaxLength(64);
            c.Property(x => x.Text).HasMaxLength(1000);
            c.Property(x => x.ReplyBy).HasMaxLength(16);
            c.Property(x => x.Phone).HasMaxLength(20);
            c.Property(x => x.Language).HasMaxLength(8);
            c.Property(x => x.State).HasMaxLength(32);
            c.HasMany(x => x.Events).WithOne().HasForeignKey(e => e.RequestId);
        });
        modelBuilder.Entity<CallbackEventRow>(e =>
        {
            e.Property(x => x.Kind).HasMaxLength(32);
            e.Property(x => x.By).HasMaxLength(100);
            e.Property(x => x.Detail).HasMaxLength(2000);
        });
        modelBuilder.Entity<ProviderDelayRow>(d =>
        {
            d.HasIndex(x => x.Day);
            d.Property(x => x.ProviderId).HasMaxLength(64);
            d.Property(x => x.Reason).HasMaxLength(80);
            d.Property(x => x.ReasonKind).HasMaxLength(40);
            d.Property(x => x.By).HasMaxLength(100);
        });
        modelBuilder.Entity<SpokenToRow>(s =>
        {
            s.HasIndex(x => x.Day);
            s.Property(x => x.By).HasMaxLength(100);
        });
        modelBuilder.Entity<VisitRatingRow>(r =>
        {
            r.HasKey(x => x.VisitId);
            r.HasIndex(x => x.Day);
        });
        modelBuilder.Entity<UrgentAlertRow>(a =>
        {
            a.HasIndex(x => x.Day);
            a.HasIndex(x => x.VisitId);
            a.Property(x => x.Kind).HasMaxLength(32);
            a.Property(x => x.RaisedBy).HasMaxLength(100);
            a.Property(x => x.GoingBy).HasMaxLength(100);
        });
        modelBuilder.Entity<OfflineCheckInRow>(o =>
        {
            o.HasIndex(x => x.Day);
            o.HasIndex(x => x.Key).IsUnique();
            o.HasIndex(x => x.Token);
            o.Property(x => x.Kiosk).HasMaxLength(100);
            o.Property(x => x.Outcome).HasMaxLength(32);
            o.Property(x => x.Token).HasMaxLength(64);
            o.Property(x => x.Who).HasMaxLength(300);
            o.Property(x => x.Reason).HasMaxLength(64);
            o.Property(x => x.SeenBy).HasMaxLength(100);
        });
        modelBuilder.Entity<DelayNotNowRow>(n =>
        {
            n.HasIndex(x => x.Day);
            n.Property(x => x.ProviderId).HasMaxLength(64);
            n.Property(x => x.By).HasMaxLength(100);
        });
        modelBuilder.Entity<StaffAccount>(a =>
        {
            a.HasIndex(x => x.UserName).IsUnique();
            a.Property(x => x.UserName).HasMaxLength(40);
            a.Property(x => x.Role).HasMaxLength(20);
            a.Property(x => x.PasswordHash).HasMaxLength(200);
            a.Property(x => x.SecurityStamp).HasMaxLength(64);
            // Left from the old hard lock and no longer read: dropping them would rebuild the table on SQLite.
            a.Property<int>("FailedSignIns");
            a.Property<DateTimeOffset?>("LockedUntil");
        });
        modelBuilder.Entity<StaffSessionRow>(s =>
        {
            s.ToTable("StaffSessions");
            s.HasIndex(x => x.AccountId);
            s.Property(x => x.Stamp).HasMaxLength(64);
        });
        modelBuilder.Entity<SignInAttemptRow>(a =>
        {
            a.ToTable("SignInAttempts");
            a.HasKey(x => new { x.Kind, x.Key });
            a.Property(x => x.Kind).HasMaxLength(16);
            a.Property(x => x.Key).HasMaxLength(64);
        });
        modelBuilder.Entity<NameTryRow>(t =>
        {
            t.ToTable("NameTries");
            t.HasIndex(x => new { x.Kiosk, x.At });
            t.Property(x => x.Kiosk).HasMaxLength(40);
        });
        modelBuilder.Entity<CodeTryRow>(t =>
        {
            t.ToTable("CodeTries");
            t.HasIndex(x => new { x.Kiosk, x.At });
            t.HasIndex(x => new { x.AppointmentId, x.At });
            t.Property(x => x.Kiosk).HasMaxLength(40);
        });
        modelBuilder.Entity<FirstForecastRow>(f =>
        {
            f.HasKey(x => x.VisitId);
            f.HasIndex(x => x.Day);
        });
        modelBuilder.Entity<KioskDevice>(k =>
        {
            k.HasKey(x => x.Id);
            k.HasIndex(x => x.KeyHash).IsUnique();
            k.Property(x => x.Id).HasMaxLength(40);
            k.Property(x => x.KeyHash).HasMaxLength(64);
        });
    }
}
