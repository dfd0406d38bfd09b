using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Kiosk.Testing;

namespace Kiosk.Hub.Tests.Staff;

/// <summary>A hub given a certificate serves staff over HTTPS only: Secure cookies, HSTS, and plain HTTP sent across.</summary>
public sealed class HttpsTests
{
    private const string HostName = "hub.clinic.test";
    private X509Certificate2 _certificate = null!;
    private HubServer _server = null!;

    [OneTimeSetUp]
    public void StartHub()
    {
        _certificate = SelfSigned();
        _server = new HubServer(certificate: _certificate);
    }

    [OneTimeTearDown]
    public void StopHub()
    {
        _server.Dispose();
        _server.DeleteData();
        _certificate.Dispose();
    }

    [Test]
    public async Task Over_https_the_sign_in_cookie_is_secure_and_the_browser_is_told_to_stay_on_https()
    {
        using var https = Client(Https);

        var (status, setCookies, hsts) = await StaffSignIn.PostAsync(https, HubServer.StaffUser, _server.StaffPasscode);

        Assert.That(status, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(setCookies.Single(c => c.StartsWith("kiosk-staff=", StringComparison.Ordinal)), Does.Contain("secure").IgnoreCase);
        Assert.That(hsts, Does.StartWith("max-age="));
    }

    [Test]
    public async Task Plain_http_is_redirected_to_https()
    {
        var http = _server.Addresses.Single(a => a.Scheme == Uri.UriSchemeHttp);
        using var client = Client(http);

        using var response = await client.GetAsync(new Uri("/staff/sign-in", UriKind.Relative));

        Assert.That((int)response.StatusCode, Is.EqualTo(307));
        Assert.That(response.Headers.Location?.ToString(), Is.EqualTo($"https://{HostName}:{Https.Port}/staff/sign-in"));
        Assert.That(response.Headers.Contains("Strict-Transport-Security"), Is.False, "HSTS only over HTTPS");
    }

    private Uri Https => _server.Addresses.Single(a => a.Scheme == Uri.UriSchemeHttps);

    /// <summary>A browser that reaches the hub by its name, over a real socket to the loopback port, trusting only our certificate.</summary>
    private HttpClient Client(Uri listening)
    {
        var handler = new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            UseCookies = false,
            ConnectCallback = (_, ct) => HubServer.ConnectFromAsync(IPAddress.Loopback, listening.Port, ct),
        };
        handler.SslOptions.RemoteCertificateValidationCallback = (_, presented, _, _) => presented?.GetCertHashString() == _certificate.GetCertHashString();
        return new HttpClient(handler) { BaseAddress = new Uri($"{listening.Scheme}://{HostName}:{listening.Port}") };
    }

    private static X509Certificate2 SelfSigned()
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest($"CN={HostName}", key, HashAlgorithmName.SHA256);
        var names = new SubjectAlternativeNameBuilder();
        names.AddDnsName(HostName);
        request.CertificateExtensions.Add(names.Build());
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new System.Security.Cryptography.Oid("1.3.6.1.5.5.7.3.1")], critical: false));
        using var made = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(1));
        return X509CertificateLoader.LoadPkcs12(made.Export(X509ContentType.Pfx), password: null);
    }
}
