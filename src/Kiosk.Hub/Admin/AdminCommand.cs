using Kiosk.Hub.Auth;
using Kiosk.Hub.Staff;

namespace Kiosk.Hub.Admin;

/// <summary>
/// ./kiosk admin …: what the clinic's IT person does once, on the hub's own machine. Passwords
/// are read from standard input, never from the command line, where other users could see them.
/// </summary>
public static class AdminCommand
{
    public const string Usage = """
        usage: ./kiosk admin <command>
          create-user NAME [--role reception|admin]   the password is read from standard input (typed twice at a terminal)
          set-password NAME                           a new password, read the same way; the user's open sessions end
          disable-user NAME                           the user can no longer sign in; open sessions end at once
          enable-user NAME                            the user may sign in again
          delete-user NAME                            removes the account; open sessions end at once
          enrol-kiosk ID                              prints the kiosk's new key once (re-enrolling replaces it)
          revoke-kiosk ID                             the kiosk can no longer connect
          list                                        staff accounts and kiosks, without secrets
          import fhir|csv FILE [--dry-run] [--valid-only]   appointments from the clinic's system (see ./kiosk import)
        """;

    public static async Task<int> RunAsync(IServiceProvider services, string[] args, TextReader input, TextWriter output, TextWriter error, bool interactive)
    {
        await using var scope = services.CreateAsyncScope();
        var staff = scope.ServiceProvider.GetRequiredService<StaffAccounts>();
        var kiosks = scope.ServiceProvider.GetRequiredService<KioskEnrolments>();
        try
        {
            switch (args)
            {
                case ["import", .. var import]:
                    return await ImportCommand.RunAsync(scope.ServiceProvider, import, output, error);
                case ["create-user", var name, .. var rest] when RoleOf(rest) is { } role:
                    var password = ReadPassword(input, error, interactive);
                    await staff.CreateAsync(name, password, role);
                    await output.WriteLineAsync($"Created {role} account '{StaffAccounts.Normalise(name)}'.");
                    return 0;
                case ["set-password", var name]:
                    return await ReportAsync(await staff.SetPasswordAsync(name, ReadPassword(input, error, interactive)), name, "has a new password; every session signed in before has ended", output, error);
                case ["disable-user", var name]:
                    return await ReportAsync(await staff.DisableAsync(name), name, "is disabled; every session it had has ended", output, error);
                case ["enable-user", var name]:
                    return await ReportAsync(await staff.EnableAsync(name), name, "may sign in again", output, error);
                case ["delete-user", var name]:
                    return await ReportAsync(await staff.DeleteAsync(name), name, "is deleted; every session it had has ended", output, error);
                case ["enrol-kiosk", var id]:
                    var key = await kiosks.EnrolAsync(id);
                    await error.WriteLineAsync($"Kiosk '{id.Trim().ToLowerInvariant()}' enrolled. Put this key in the kiosk's Kiosk:DeviceKey setting; it is not shown again:");
                    await output.WriteLineAsync(key);
                    return 0;
                case ["revoke-kiosk", var id]:
                    if (!await kiosks.RevokeAsync(id))
                    {
                        await error.WriteLineAsync($"No enrolled kiosk is called '{id}'.");
                        return 1;
                    }

                    await output.WriteLineAsync($"Kiosk '{id}' can no longer connect.");
                    return 0;
                case ["list"]:
                    foreach (var a in await staff.ListAsync())
                    {
                        await output.WriteLineAsync($"user   {a.UserName,-24} {a.Role,-10} {(a.DisabledAt is { } d ? $"disabled {d:yyyy-MM-dd}" : "enabled")}");
                    }

                    foreach (var k in await kiosks.ListAsync())
                    {
                        await output.WriteLineAsync($"kiosk  {k.Id,-24} enrolled {k.EnrolledAt:yyyy-MM-dd} {(k.RevokedAt is { } r ? $"revoked {r:yyyy-MM-dd}" : "")}");
                    }

                    return 0;
                default:
                    await error.WriteLineAsync(Usage);
                    return 2;
            }
        }
        catch (ArgumentException e)
        {
            await error.WriteLineAsync(e.Message.Split(" (Parameter", 2)[0]);
            return 1;
        }
    }

    private static async Task<int> ReportAsync(bool found, string name, string done, TextWriter output, TextWriter error)
    {
        if (!found)
        {
            await error.WriteLineAsync($"No user is called '{StaffAccounts.Normalise(name)}'.");
            return 1;
        }

        await output.WriteLineAsync($"User '{StaffAccounts.Normalise(name)}' {done}.");
        return 0;
    }

    private static string? RoleOf(string[] rest) => rest switch
    {
        [] => Roles.Reception,
        ["--role", Roles.Reception or Roles.Admin] => rest[1],
        _ => null,
    };

    private static string ReadPassword(TextReader input, TextWriter error, bool interactive)
    {
        if (!interactive)
        {
            return input.ReadLine() ?? throw new ArgumentException("No password was given on standard input.");
        }

        var first = Prompt("Password: ", error);
        var second = Prompt("Again: ", error);
        return first == second ? first : throw new ArgumentException("The two passwords differ.");
    }

    /// <summary>Reads a line at the terminal without echoing it.</summary>
    private static string Prompt(string label, TextWriter error)
    {
        error.Write(label);
        var typed = new System.Text.StringBuilder();
        for (var key = Console.ReadKey(intercept: true); key.Key != ConsoleKey.Enter; key = Console.ReadKey(intercept: true))
        {
            if (key.Key == ConsoleKey.Backspace && typed.Length > 0)
            {
                typed.Length--;
            }
            else if (!char.IsControl(key.KeyChar))
            {
                typed.Append(key.KeyChar);
            }
        }

        error.WriteLine();
        return typed.ToString();
    }
}
