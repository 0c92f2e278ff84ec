using RosterTools.Apply;
using RosterTools.Planning;
using RosterTools.Targets.ActiveDirectory;

namespace RosterTools.Tests.Targets.ActiveDirectory;

/// <summary>Each plan action as the ActiveDirectory module commands that carry it out, with -Server and -Credential, and no secret in them.</summary>
public sealed class AdCommandMapTests
{
    private const string Dn = "CN=jdoe,OU=Grade 09,OU=RHS,OU=Students,DC=example,DC=org";
    private static readonly AdTargetOptions Options = new() { Server = "dc01.example.org", UseCredential = true };

    [Fact]
    public void Create_is_New_ADUser_with_every_name_the_anchor_and_a_password_placeholder()
    {
        var request = new ActionRequest(Create()) { InitialPassword = "Secret-Pw-1!" };

        var mapped = AdCommandMap.For(request, Options);

        var command = Assert.Single(mapped.Commands);
        Assert.Equal("New-ADUser", command.Name);
        Assert.Equal(
            new[] { "Name", "SamAccountName", "UserPrincipalName", "GivenName", "Surname", "DisplayName", "EmailAddress", "Path", "EmployeeID", "Enabled", "AccountPassword", "PassThru", "Server", "Credential" },
            command.Parameters.Select(parameter => parameter.Name));
        Assert.Equal(("jdoe", "jdoe@students.example.org", "OU=Grade 09,OU=RHS,OU=Students,DC=example,DC=org", "S100", true), ((string?)command["SamAccountName"], (string?)command["UserPrincipalName"], (string?)command["Path"], (string?)command["EmployeeID"], (bool?)command["Enabled"]));
        Assert.Same(AdPlaceholder.AccountPassword, command["AccountPassword"]);
        Assert.Same(AdPlaceholder.Credential, command["Credential"]);
        Assert.Equal("dc01.example.org", command["Server"]);
        Assert.DoesNotContain("Secret-Pw-1!", mapped.ToString(), StringComparison.Ordinal);
        Assert.Contains("-AccountPassword <AccountPassword>", command.ToString(), StringComparison.Ordinal);
        Assert.Contains("-Enabled:$true", command.ToString(), StringComparison.Ordinal);

        Assert.Equal("Get-ADUser -Filter 'employeeID -eq ''S100''' -Server 'dc01.example.org' -Credential <Credential>", mapped.Check!.ToString());
        Assert.True(mapped.CheckFindsDone);
    }

    [Theory]
    [InlineData("employeeNumber", "EmployeeNumber", "EmployeeNumber")]
    [InlineData("extensionAttribute1", "OtherAttributes", "Replace")]
    public void Other_anchor_attributes_use_the_parameter_that_sets_them(string attribute, string onCreate, string onAdopt)
    {
        var options = new AdTargetOptions { AnchorAttribute = attribute };
        var adopt = new PlanAction { Action = ActionType.Adopt, Account = "jdoe", Identity = Dn, Anchor = "S100", EmployeeID = "S100" };

        var create = Assert.Single(AdCommandMap.For(new ActionRequest(Create()), options).Commands);
        var set = Assert.Single(AdCommandMap.For(new ActionRequest(adopt), options).Commands);

        Assert.NotNull(create[onCreate]);
        Assert.Equal(("Set-ADUser", Dn), (set.Name, (string?)set["Identity"]));
        Assert.NotNull(set[onAdopt]);
        Assert.DoesNotContain(create.Parameters, parameter => parameter.Name is "Server" or "Credential");
        Assert.Contains($"{attribute} -eq 'S100'", (string?)AdCommandMap.For(new ActionRequest(Create()), options).Check!["Filter"], StringComparison.Ordinal);
    }

    [Fact]
    public void Update_sets_only_the_names_the_action_changes()
    {
        var update = new PlanAction { Action = ActionType.Update, Account = "jdoe", Identity = Dn, Surname = "Doe-Ray", DisplayName = "Jane Doe-Ray" };

        var command = Assert.Single(AdCommandMap.For(new ActionRequest(update), Options).Commands);

        Assert.Equal("Set-ADUser -Identity 'CN=jdoe,OU=Grade 09,OU=RHS,OU=Students,DC=example,DC=org' -Surname 'Doe-Ray' -DisplayName 'Jane Doe-Ray' -Server 'dc01.example.org' -Credential <Credential>", command.ToString());
    }

    [Fact]
    public void Rename_sets_the_names_then_renames_the_object_and_the_known_id_wins_over_the_distinguished_name()
    {
        var rename = new PlanAction { Action = ActionType.Rename, Account = "jdoe", Identity = Dn, SamAccountName = "jdoeray", UserPrincipalName = "jdoeray@students.example.org", EmailAddress = "jdoeray@students.example.org" };
        var guid = "5f1b7a0e-0d7c-4c53-9d7e-2b1f0a8c6e11";

        var commands = AdCommandMap.For(new ActionRequest(rename) { AccountId = guid }, new AdTargetOptions()).Commands;

        Assert.Equal(new[] { "Set-ADUser", "Rename-ADObject" }, commands.Select(command => command.Name));
        Assert.All(commands, command => Assert.Equal(guid, command["Identity"]));
        Assert.Equal(("jdoeray", "jdoeray@students.example.org", "jdoeray@students.example.org"), ((string?)commands[0]["SamAccountName"], (string?)commands[0]["UserPrincipalName"], (string?)commands[0]["EmailAddress"]));
        Assert.Equal("jdoeray", commands[1]["NewName"]);
    }

    [Theory]
    [InlineData(ActionType.Enable, "Enable-ADAccount")]
    [InlineData(ActionType.Disable, "Disable-ADAccount")]
    public void Enable_and_disable_are_the_account_cmdlets(ActionType type, string cmdlet)
    {
        var command = Assert.Single(AdCommandMap.For(new ActionRequest(new PlanAction { Action = type, Account = "jdoe", Identity = Dn }), Options).Commands);

        Assert.Equal((cmdlet, Dn), (command.Name, (string?)command["Identity"]));
    }

    [Fact]
    public void Move_is_Move_ADObject_to_the_target_path()
    {
        var move = new PlanAction { Action = ActionType.Move, Account = "jdoe", Identity = Dn, Path = "OU=Disabled,DC=example,DC=org" };

        var command = Assert.Single(AdCommandMap.For(new ActionRequest(move), Options).Commands);

        Assert.Equal(("Move-ADObject", Dn, "OU=Disabled,DC=example,DC=org"), (command.Name, (string?)command["Identity"], (string?)command["TargetPath"]));
    }

    [Fact]
    public void Memberships_name_the_group_and_the_member_and_know_the_errors_that_mean_already_so()
    {
        var add = new PlanAction { Action = ActionType.AddMember, Account = "jdoe", Group = "RHS-students", MemberRole = MemberRole.Owner };
        var remove = new PlanAction { Action = ActionType.RemoveMember, Account = "jdoe", Identity = Dn, Group = "RHS-students" };

        var adding = AdCommandMap.For(new ActionRequest(add), Options);
        var removing = AdCommandMap.For(new ActionRequest(remove), Options);

        Assert.Equal(("Add-ADGroupMember", "RHS-students", "jdoe"), (adding.Commands[0].Name, (string?)adding.Commands[0]["Identity"], ((string[])adding.Commands[0]["Members"]!).Single()));
        Assert.Equal(("Remove-ADGroupMember", Dn, false), (removing.Commands[0].Name, ((string[])removing.Commands[0]["Members"]!).Single(), (bool?)removing.Commands[0]["Confirm"]));
        Assert.True(adding.MeansAlreadyDone("ActiveDirectoryServer:1378,Microsoft.ActiveDirectory.Management.Commands.AddADGroupMember"));
        Assert.True(removing.MeansAlreadyDone("The specified account name is not a member of the group"));
        Assert.False(adding.MeansAlreadyDone("ActiveDirectoryServer:8344 Insufficient access rights"));
    }

    [Fact]
    public void Create_group_is_New_ADGroup_in_the_group_path_checked_by_name()
    {
        var mapped = AdCommandMap.For(new ActionRequest(new PlanAction { Action = ActionType.CreateGroup, Account = "class-MATH1", Group = "class-MATH1" }), new AdTargetOptions { GroupPath = "OU=Groups,DC=example,DC=org" });

        Assert.Equal("New-ADGroup -Name 'class-MATH1' -SamAccountName 'class-MATH1' -GroupScope 'Global' -GroupCategory 'Security' -Path 'OU=Groups,DC=example,DC=org'", Assert.Single(mapped.Commands).ToString());
        Assert.Equal("sAMAccountName -eq 'class-MATH1'", mapped.Check!["Filter"]);
    }

    [Fact]
    public void Delete_is_Remove_ADUser_without_a_prompt_and_done_when_no_account_has_the_anchor()
    {
        var mapped = AdCommandMap.For(new ActionRequest(new PlanAction { Action = ActionType.Delete, Account = "jdoe", Identity = Dn, Anchor = "O'Brien-1" }), Options);

        Assert.Equal(("Remove-ADUser", false), (mapped.Commands[0].Name, (bool?)mapped.Commands[0]["Confirm"]));
        Assert.False(mapped.CheckFindsDone);
        Assert.Equal("employeeID -eq 'O''Brien-1'", mapped.Check!["Filter"]);
        Assert.True(mapped.MeansAlreadyDone("ActiveDirectoryCmdlet:Microsoft.ActiveDirectory.Management.ADIdentityNotFoundException,Microsoft.ActiveDirectory.Management.Commands.RemoveADUser"));
    }

    [Theory]
    [InlineData(ActionType.RevokeSessions, "no sign-in sessions")]
    [InlineData(ActionType.AssignLicense, "no AssignLicense")]
    [InlineData(ActionType.RemoveLicense, "no RemoveLicense")]
    public void Actions_AD_does_not_have_run_nothing_and_say_why(ActionType type, string why)
    {
        var mapped = AdCommandMap.For(new ActionRequest(new PlanAction { Action = type, Account = "jdoe", Identity = Dn, License = "STUDENT_A1" }), Options);

        Assert.Empty(mapped.Commands);
        Assert.Contains(why, mapped.NotCarried, StringComparison.Ordinal);
    }

    [Fact]
    public void The_read_asks_Get_ADUser_for_the_anchor_and_memberships()
    {
        var read = AdCommandMap.ReadAccounts(new AdTargetOptions { SearchBase = "OU=Students,DC=example,DC=org", Server = "dc01" });

        Assert.Equal("Get-ADUser -Filter '*' -Properties 'employeeID','mail','displayName','givenName','sn','memberOf','userPrincipalName','enabled' -SearchBase 'OU=Students,DC=example,DC=org' -Server 'dc01'", read.ToString());
    }

    private static PlanAction Create() => new()
    {
        Id = "a1",
        Action = ActionType.Create,
        Account = "jdoe",
        Anchor = "S100",
        Name = "jdoe",
        SamAccountName = "jdoe",
        UserPrincipalName = "jdoe@students.example.org",
        GivenName = "Jane",
        Surname = "Doe",
        DisplayName = "Jane Doe",
        EmailAddress = "jdoe@students.example.org",
        Path = "OU=Grade 09,OU=RHS,OU=Students,DC=example,DC=org",
        EmployeeID = "S100",
        Enabled = true,
    };
}
