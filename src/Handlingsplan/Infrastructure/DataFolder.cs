namespace Handlingsplan.Infrastructure;

/// <summary>
/// The app's own folder for what must not live in the repository: the embedded database (by
/// default), the generated demo passwords and the token signing key. Set with <c>DataDirectory</c>;
/// by default per user, or /var/lib/handlingsplan for root.
/// </summary>
public sealed class DataFolder
{
    public DataFolder(IConfiguration configuration)
    {
        var configured = configuration["DataDirectory"];
        Path = System.IO.Path.GetFullPath(string.IsNullOrWhiteSpace(configured) ? Default() : configured);
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string File(string name) => System.IO.Path.Combine(Path, name);

    public static string Default()
    {
        if (!OperatingSystem.IsWindows() && Environment.UserName == "root")
            return "/var/lib/handlingsplan";
        var dataHome = Environment.GetEnvironmentVariable("XDG_DATA_HOME");
        if (string.IsNullOrWhiteSpace(dataHome))
            dataHome = System.IO.Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".local", "share");
        return System.IO.Path.Combine(dataHome, "handlingsplan");
    }

    /// <summary>Writes a secret readable by this user only.</summary>
    public void WriteSecret(string name, string content)
    {
        var path = File(name);
        System.IO.File.WriteAllText(path, content);
        if (!OperatingSystem.IsWindows())
            System.IO.File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
    }
}
