namespace Kiosk.Deploy.Tests.Checks;

/// <summary>The nginx site as install.sh renders it for a real server (ports 443 and 80) passes `nginx -t`.</summary>
public sealed class NginxSiteTests
{
    [Test]
    public async Task The_site_rendered_for_a_real_server_passes_nginx_t()
    {
        var nginx = Tool.Require("/usr/sbin/nginx", "nginx");
        var scratch = Directory.CreateTempSubdirectory("nginx-site-");
        try
        {
            var tls = Path.Combine(scratch.FullName, "tls");
            var made = await Tool.RunAsync(Repo.Full("deploy/server/certificate.sh"), ["local-ca", "lobby.example-clinic.org", tls]);
            Assert.That(made.ExitCode, Is.Zero, made.ToString());
            var site = Path.Combine(scratch.FullName, "lobby-hub.conf");
            var rendered = await Tool.RunAsync(Repo.Full("deploy/server/render-nginx.sh"),
                ["lobby.example-clinic.org", Path.Combine(tls, "fullchain.pem"), Path.Combine(tls, "privkey.pem"), site]);
            Assert.That(rendered.ExitCode, Is.Zero, rendered.ToString());
            var text = await File.ReadAllTextAsync(site);
            Assert.That(text, Does.Not.Contain("${LOBBY_"), "every name of ours is filled in");
            Assert.That(text, Does.Contain("$http_upgrade").And.Contain("$scheme"), "nginx's own variables are left for nginx");

            // Debian's main file includes sites-enabled/*; here the site is included the same way.
            var main = Path.Combine(scratch.FullName, "nginx.conf");
            await File.WriteAllTextAsync(main, $$"""
                pid {{scratch.FullName}}/nginx.pid;
                error_log {{scratch.FullName}}/error.log;
                events { }
                http { include /etc/nginx/mime.types; include {{site}}; }
                """);
            var test = await Tool.RunAsync(nginx, ["-t", "-c", main]);
            Assert.That(test.ExitCode, Is.Zero, test.ToString());
        }
        finally
        {
            scratch.Delete(recursive: true);
        }
    }
}
