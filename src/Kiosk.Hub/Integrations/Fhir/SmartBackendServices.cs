using System.Security.Claims;
using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Kiosk.Hub.Integrations.Fhir;

/// <summary>
/// An access token by SMART Backend Services (client_credentials with a private_key_jwt
/// assertion signed RS384). The assertion's "kid" is the key's RFC 7638 thumbprint, which is
/// how the clinic's server finds the public key it was given. The token is kept until a minute
/// before it expires, so polling does not ask for one every time.
/// </summary>
internal sealed class SmartBackendServices(IOptions<FhirOptions> options, IHttpClientFactory clients, TimeProvider time) : IDisposable
{
    private static readonly TimeSpan Margin = TimeSpan.FromMinutes(1);
    private static readonly TimeSpan AssertionLife = TimeSpan.FromMinutes(5);
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly Lazy<RsaSecurityKey> _key = new(() => LoadKey(options.Value.PrivateKeyFile!));
    private (string Token, DateTimeOffset Until)? _current;

    public async Task<string> TokenAsync(CancellationToken ct)
    {
        await _gate.WaitAsync(ct);
        try
        {
            if (_current is { } held && time.GetUtcNow() < held.Until - Margin)
            {
                return held.Token;
            }

            _current = await RequestAsync(ct);
            return _current.Value.Token;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>The PEM's RSA key with its thumbprint as key id; throws <see cref="InvalidDataException"/> when the file holds none.</summary>
    public static RsaSecurityKey LoadKey(string path)
    {
        var rsa = RSA.Create();
        try
        {
            rsa.ImportFromPem(File.ReadAllText(path));
        }
        catch (ArgumentException e)
        {
            rsa.Dispose();
            throw new InvalidDataException($"Hub:Fhir:PrivateKeyFile {path} holds no RSA private key in PEM form.", e);
        }

        var key = new RsaSecurityKey(rsa);
        key.KeyId = Base64UrlEncoder.Encode(new RsaSecurityKey(rsa.ExportParameters(false)).ComputeJwkThumbprint());
        return key;
    }

    private async Task<(string, DateTimeOffset)> RequestAsync(CancellationToken ct)
    {
        var o = options.Value;
        using var request = new HttpRequestMessage(HttpMethod.Post, o.TokenUrl)
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["grant_type"] = "client_credentials",
                ["scope"] = o.Scope,
                ["client_assertion_type"] = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer",
                ["client_assertion"] = Assertion(o),
            }),
        };
        var http = clients.CreateClient(FhirCall.TokenClient);
        using var response = await FhirCall.SendAsync(http, request, ct);
        try
        {
            using var answer = JsonDocument.Parse(await response.Content.ReadAsStringAsync(ct));
            var token = answer.RootElement.GetProperty("access_token").GetString() ?? throw new KeyNotFoundException("access_token");
            var seconds = answer.RootElement.TryGetProperty("expires_in", out var e) && e.TryGetInt32(out var s) ? s : 300;
            return (token, time.GetUtcNow().AddSeconds(seconds));
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            throw new FhirCallFailedException("the FHIR server's token endpoint answered without an access token", e);
        }
    }

    private string Assertion(FhirOptions o)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var handler = new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false };
        return handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = o.ClientId,
            Audience = o.TokenUrl!.ToString(),
            Subject = new ClaimsIdentity([new Claim("sub", o.ClientId!), new Claim("jti", Guid.NewGuid().ToString("N"))]),
            IssuedAt = now,
            Expires = now + AssertionLife,
            SigningCredentials = new SigningCredentials(_key.Value, SecurityAlgorithms.RsaSha384),
        });
    }

    public void Dispose()
    {
        _gate.Dispose();
        if (_key.IsValueCreated)
        {
            _key.Value.Rsa.Dispose();
        }
    }
}
