using Microsoft.AspNetCore.StaticAssets;

namespace Kiosk.Hub.Phone;

/// <summary>
/// The build's fingerprinted address of a static file ("/phone/phone.7chpophl25.css"). MapStaticAssets
/// serves those precompressed (br, gzip) and cached for a year as immutable, so a phone downloads
/// signalr.min.js once; a new build changes the address. The plain address where the build made none.
/// </summary>
public sealed class PhoneAssets(EndpointDataSource endpoints)
{
    private readonly Lazy<IReadOnlyDictionary<string, string>> _routes = new(() => endpoints.Endpoints
        .Select(e => e.Metadata.GetMetadata<StaticAssetDescriptor>())
        .OfType<StaticAssetDescriptor>()
        .Where(d => d.Selectors.Count == 0 && d.Properties.Any(p => p.Name == "fingerprint"))
        .Select(d => (Label: d.Properties.FirstOrDefault(p => p.Name == "label")?.Value, d.Route))
        .Where(d => d.Label is not null)
        .DistinctBy(d => d.Label)
        .ToDictionary(d => d.Label!, d => "/" + d.Route));

    /// <summary>The address to put in a page for <paramref name="path"/> under wwwroot ("phone/phone.js").</summary>
    public string Url(string path) => _routes.Value.TryGetValue(path, out var route) ? route : "/" + path;
}
