using System.Text;
using Kiosk.Hub.Auth;
using Kiosk.WaitingRoom.Clinic;
using Kiosk.WaitingRoom.Exports;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Kiosk.Hub.Exports;

/// <summary>
/// GET /admin/exports/{visits|estimates|questions|ratings}.csv?from=2026-11-05&amp;to=2026-12-02&amp;personal=true:
/// the admin page's downloads. Admins only; a bad range is a 400 that says why.
/// </summary>
public static class ExportEndpoints
{
    public const string Page = "/admin/exports";

    public static string Download(ExportKind kind) => $"{Page}/{kind.Name()}.csv";

    public static IServiceCollection AddExports(this IServiceCollection services)
    {
        services.AddScoped<ExportSource>();
        services.AddScoped<ExportCsv>();
        return services;
    }

    public static IEndpointRouteBuilder MapExports(this IEndpointRouteBuilder app)
    {
        // A file, not a page: someone not allowed gets 401/403, not the sign-in page saved as a .csv.
        app.MapGet(Page + "/{kind}.csv", DownloadAsync).RequireAuthorization(Roles.Admin).DisableCookieRedirect();
        return app;
    }

    /// <summary>A refusal is plain text: it is read in the browser the page's form sent.</summary>
    private static async Task<Results<FileContentHttpResult, ContentHttpResult>> DownloadAsync(
        string kind, string? from, string? to, string? personal, HttpContext http, ExportCsv csv, ClinicProfile clinic, TimeProvider time,
        ILoggerFactory logs, CancellationToken ct)
    {
        if (!ExportKinds.TryParse(kind, out var what))
        {
            return Refused(StatusCodes.Status404NotFound, $"There is no export called \"{kind}\"; there are {string.Join(", ", ExportKinds.All.Select(k => k.Name()))}.");
        }

        if (!ExportRange.TryRead(from, to, clinic.Today(time), out var range, out var problem))
        {
            return Refused(StatusCodes.Status400BadRequest, problem);
        }

        if (personal is not (null or "" or "true" or "false"))
        {
            return Refused(StatusCodes.Status400BadRequest, "personal is true (names, birth dates and phone numbers included) or false.");
        }

        var request = new ExportRequest(range, personal == "true");
        await using var text = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        await csv.WriteAsync(what.Value, request, text, ct);
        ExportAudit.Exported(logs.CreateLogger(ExportAudit.Category), http.User.Identity?.Name ?? "?", what.Value, request);
        return TypedResults.File(ExportFiles.Bytes(text.ToString()), "text/csv", what.Value.FileName(request));
    }

    private static ContentHttpResult Refused(int status, string why) => TypedResults.Text(why, "text/plain", Encoding.UTF8, status);
}
