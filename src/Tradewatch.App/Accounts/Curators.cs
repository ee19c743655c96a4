using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Identity;
using Tradewatch.Storage.Accounts;

namespace Tradewatch.App.Accounts;

/// <summary>What creating an account did.</summary>
public enum AddAccountOutcome
{
    Added,
    NameTaken,
    InvalidName,
    WeakPassword,
}

/// <summary>
/// Local accounts: passwords hashed with ASP.NET Core Identity's <see cref="PasswordHasher{TUser}"/>
/// (PBKDF2 with a per-password salt); API tokens are 32 random bytes shown once and stored as their
/// SHA-256 digest, so a copy of the database yields neither passwords nor tokens.
/// </summary>
public sealed class Curators(AccountStore accounts)
{
    public const int MinPasswordLength = 10;
    private const string TokenPrefix = "tw_";

    private static readonly PasswordHasher<Account> Hasher = new();

    // Verified against when the name is unknown, so a wrong name costs as long as a wrong password.
    private static readonly string DummyHash = Hasher.HashPassword(new Account(0, "nobody", AccountStore.ReaderRole, string.Empty, string.Empty), "not a real password");

    public AccountStore Accounts { get; } = accounts;

    public static bool IsValidName(string? name) =>
        !string.IsNullOrWhiteSpace(name) && name.Length <= 64 && name.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_' or '@');

    public AddAccountOutcome Add(string name, string password, string role = AccountStore.CuratorRole)
    {
        if (!IsValidName(name))
        {
            return AddAccountOutcome.InvalidName;
        }

        if (password.Length < MinPasswordLength)
        {
            return AddAccountOutcome.WeakPassword;
        }

        var hash = Hasher.HashPassword(new Account(0, name, role, string.Empty, string.Empty), password);
        return Accounts.Add(name, role, hash) ? AddAccountOutcome.Added : AddAccountOutcome.NameTaken;
    }

    /// <summary>The account when the name and password match; null otherwise. Upgrades an old hash on success.</summary>
    public Account? SignIn(string? name, string? password)
    {
        var account = IsValidName(name) ? Accounts.Find(name!) : null;
        if (account is null || string.IsNullOrEmpty(password))
        {
            Hasher.VerifyHashedPassword(null!, DummyHash, password ?? string.Empty);
            return null;
        }

        var result = Hasher.VerifyHashedPassword(account, account.PasswordHash, password);
        if (result == PasswordVerificationResult.SuccessRehashNeeded)
        {
            Accounts.SetPasswordHash(account.Name, Hasher.HashPassword(account, password));
        }

        return result == PasswordVerificationResult.Failed ? null : account;
    }

    /// <summary>A new API token for the account (shown once; only its digest is kept); null when there is no such account.</summary>
    public string? IssueToken(string name, string label)
    {
        var account = Accounts.Find(name);
        if (account is null)
        {
            return null;
        }

        var token = TokenPrefix + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        Accounts.AddToken(account.Id, Digest(token), label);
        return token;
    }

    public Account? FromToken(string token) =>
        token.StartsWith(TokenPrefix, StringComparison.Ordinal) && token.Length < 100 ? Accounts.FindByToken(Digest(token)) : null;

    private static string Digest(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
}
