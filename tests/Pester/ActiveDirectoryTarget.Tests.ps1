#Requires -Version 5.1
# ActiveDirectoryTarget: the engine's AD commands run in the current session. The ActiveDirectory module is not
# needed: its cmdlets are replaced by global functions that record how they were called and answer as the real
# ones do (objects with ObjectGUID, errors with the real messages). Global, because the target runs its commands in
# a nested pipeline of the current runspace, which resolves commands from the session's global scope.

BeforeAll {
    . (Join-Path $PSScriptRoot 'TestSetup.ps1')

    # Engine types are created through the loaded assembly: on PowerShell 7 it lives in a private load context,
    # where type literals do not resolve.
    $Engine = [AppDomain]::CurrentDomain.GetAssemblies() | Where-Object { $_.GetName().Name -eq 'RosterTools.Engine' } | Select-Object -First 1
    function New-EngineObject([string] $TypeName, [object[]] $Arguments) {
        $type = $Engine.GetType($TypeName, $true)
        if ($Arguments) { [Activator]::CreateInstance($type, $Arguments) } else { [Activator]::CreateInstance($type) }
    }

    function New-Request([hashtable] $Values, $Password, $AccountId) {
        # Untyped: a [string] parameter would turn $null into '', which the target would take for a value.
        $action = New-EngineObject 'RosterTools.Planning.PlanAction'
        foreach ($key in $Values.Keys) { $action.$key = $Values[$key] }
        $request = New-EngineObject 'RosterTools.Apply.ActionRequest' @(, $action)
        if ($null -ne $Password) { $request.InitialPassword = $Password }
        if ($null -ne $AccountId) { $request.AccountId = $AccountId }
        $request
    }

    function Invoke-Target($Target, [object[]] $Requests) {
        # A typed array is an IReadOnlyList<ActionRequest>.
        $list = [Array]::CreateInstance($Engine.GetType('RosterTools.Apply.ActionRequest', $true), $Requests.Count)
        for ($i = 0; $i -lt $Requests.Count; $i++) { $list[$i] = $Requests[$i] }
        $Target.ApplyAsync($list, [System.Threading.CancellationToken]::None).GetAwaiter().GetResult()
    }

    # Everything the fake cmdlets use is global: they run in a nested pipeline, outside this file's scopes.
    function global:Add-AdCall([string] $Command, $Bound) {
        $copy = @{}
        foreach ($key in $Bound.Keys) { $copy[$key] = $Bound[$key] }
        $global:AdCalls.Add([pscustomobject]@{ Command = $Command; Parameters = $copy })
    }

    $Guid = [guid]'5f1b7a0e-0d7c-4c53-9d7e-2b1f0a8c6e11'
    $global:AdGuid = $Guid
    $global:ExistingAnchors = @()

    function global:Get-ADUser { param($Filter, $Properties, $SearchBase, $Server, $Credential)
        Add-AdCall 'Get-ADUser' $PSBoundParameters
        if ($Filter -eq '*') {
            [pscustomobject]@{ ObjectGUID = $global:AdGuid; SamAccountName = 'jdoe'; UserPrincipalName = 'jdoe@students.example.org'; GivenName = 'Jane'; Surname = 'Doe'; DisplayName = 'Jane Doe'; employeeID = 'S100'; Enabled = $true; DistinguishedName = 'CN=jdoe,OU=RHS,OU=Students,DC=example,DC=org'; MemberOf = @('CN=RHS-students,OU=Groups,DC=example,DC=org') }
            [pscustomobject]@{ ObjectGUID = [guid]::NewGuid(); SamAccountName = 'old'; employeeID = 'S200'; Enabled = $false; DistinguishedName = 'CN=old,OU=Disabled,DC=example,DC=org'; MemberOf = @() }
            return
        }
        foreach ($anchor in $global:ExistingAnchors) {
            if ($Filter -eq "employeeID -eq '$anchor'") { [pscustomobject]@{ ObjectGUID = $global:AdGuid; SamAccountName = 'jdoe' } }
        }
    }
    function global:New-ADUser { param($Name, $SamAccountName, $UserPrincipalName, $GivenName, $Surname, $DisplayName, $EmailAddress, $Path, $EmployeeID, $EmployeeNumber, $OtherAttributes, $Enabled, $AccountPassword, [switch] $PassThru, $Server, $Credential)
        Add-AdCall 'New-ADUser' $PSBoundParameters
        if ($PassThru) { [pscustomobject]@{ ObjectGUID = $global:AdGuid; DistinguishedName = "CN=$Name,$Path" } }
    }
    function global:Set-ADUser { param($Identity, $GivenName, $Surname, $DisplayName, $SamAccountName, $UserPrincipalName, $EmailAddress, $EmployeeID, $Replace, $Server, $Credential)
        Add-AdCall 'Set-ADUser' $PSBoundParameters
        if ($Surname -eq 'Denied') { throw [System.UnauthorizedAccessException]::new('Insufficient access rights to perform the operation') }
    }
    function global:Rename-ADObject { param($Identity, $NewName, $Server, $Credential) Add-AdCall 'Rename-ADObject' $PSBoundParameters }
    function global:Move-ADObject { param($Identity, $TargetPath, $Server, $Credential) Add-AdCall 'Move-ADObject' $PSBoundParameters }
    function global:Enable-ADAccount { param($Identity, $Server, $Credential) Add-AdCall 'Enable-ADAccount' $PSBoundParameters }
    function global:Disable-ADAccount { param($Identity, $Server, $Credential) Add-AdCall 'Disable-ADAccount' $PSBoundParameters }
    function global:Add-ADGroupMember { param($Identity, $Members, $Server, $Credential)
        Add-AdCall 'Add-ADGroupMember' $PSBoundParameters
        if ($Identity -eq 'RHS-students') { throw [System.InvalidOperationException]::new('The specified account name is already a member of the group') }
    }
    function global:Remove-ADGroupMember { param($Identity, $Members, $Confirm, $Server, $Credential) Add-AdCall 'Remove-ADGroupMember' $PSBoundParameters }
    function global:Remove-ADUser { param($Identity, $Confirm, $Server, $Credential) Add-AdCall 'Remove-ADUser' $PSBoundParameters }

    $Password = ConvertTo-SecureString 'Admin-Pw-9!' -AsPlainText -Force
    $Credential = New-Object System.Management.Automation.PSCredential('EXAMPLE\svc-roster', $Password)
    function New-Target {
        $options = New-EngineObject 'RosterTools.Targets.ActiveDirectory.AdTargetOptions'
        $options.Server = 'dc01.example.org'
        # The target is internal to the cmdlet assembly (only cmdlets are public there): made through reflection,
        # and used through its public interface, IDirectoryTarget.
        $cmdlets = (Get-Module RosterTools).ImplementingAssembly
        $type = $cmdlets.GetType('RosterTools.ActiveDirectory.ActiveDirectoryTarget', $true)
        $flags = [System.Reflection.BindingFlags]'Instance, Public, NonPublic'
        [Activator]::CreateInstance($type, $flags, $null, [object[]] @($options, $Credential), $null)
    }
}

AfterAll {
    foreach ($name in 'Add-AdCall', 'Get-ADUser', 'New-ADUser', 'Set-ADUser', 'Rename-ADObject', 'Move-ADObject', 'Enable-ADAccount', 'Disable-ADAccount', 'Add-ADGroupMember', 'Remove-ADGroupMember', 'Remove-ADUser') {
        Remove-Item -LiteralPath "Function:\$name" -ErrorAction SilentlyContinue
    }
    Remove-Variable -Name AdCalls, AdGuid, ExistingAnchors -Scope Global -ErrorAction SilentlyContinue
}

Describe 'ActiveDirectoryTarget' {
    BeforeEach {
        $global:AdCalls = New-Object System.Collections.Generic.List[object]
        $global:ExistingAnchors = @()
    }

    It 'creates a user with New-ADUser: the names, the password as a SecureString, -Server and -Credential' {
        $create = New-Request @{ Id = 'a1'; Action = 'Create'; Account = 'jdoe'; Anchor = 'S100'; Name = 'jdoe'; SamAccountName = 'jdoe'; UserPrincipalName = 'jdoe@students.example.org'; GivenName = 'Jane'; Surname = 'Doe'; DisplayName = 'Jane Doe'; Path = 'OU=RHS,OU=Students,DC=example,DC=org'; EmployeeID = 'S100'; Enabled = $true } 'First-Pw-1!'

        $result = @(Invoke-Target (New-Target) @($create))

        $result[0].Status.ToString() | Should -Be 'Done'
        $result[0].AccountId | Should -Be $Guid.ToString()
        ($global:AdCalls | ForEach-Object Command) -join ',' | Should -Be 'Get-ADUser,New-ADUser'
        $new = $global:AdCalls[1].Parameters
        $new.SamAccountName | Should -Be 'jdoe'
        $new.Path | Should -Be 'OU=RHS,OU=Students,DC=example,DC=org'
        $new.EmployeeID | Should -Be 'S100'
        $new.Enabled | Should -Be $true
        $new.AccountPassword | Should -BeOfType [System.Security.SecureString]
        (New-Object System.Net.NetworkCredential('', $new.AccountPassword)).Password | Should -Be 'First-Pw-1!'
        $new.Server | Should -Be 'dc01.example.org'
        $new.Credential.UserName | Should -Be 'EXAMPLE\svc-roster'
        $result[0].Response | Should -Not -Match 'First-Pw-1!'
    }

    It 'does not create an account whose anchor exists: AlreadyDone' {
        $global:ExistingAnchors = @('S100')
        $create = New-Request @{ Id = 'a1'; Action = 'Create'; Account = 'jdoe'; Anchor = 'S100'; SamAccountName = 'jdoe'; EmployeeID = 'S100' } 'First-Pw-1!'

        $result = @(Invoke-Target (New-Target) @($create))

        $result[0].Status.ToString() | Should -Be 'AlreadyDone'
        $global:AdCalls.Command | Should -Not -Contain 'New-ADUser'
    }

    It 'renames with Set-ADUser then Rename-ADObject, on the objectGUID the run knows' {
        $rename = New-Request @{ Id = 'a2'; Action = 'Rename'; Account = 'jdoe'; Identity = 'CN=jdoe,OU=RHS,DC=example,DC=org'; SamAccountName = 'jdoeray'; UserPrincipalName = 'jdoeray@students.example.org' } $null $Guid.ToString()

        $result = @(Invoke-Target (New-Target) @($rename))

        $result[0].Status.ToString() | Should -Be 'Done'
        ($global:AdCalls | ForEach-Object Command) -join ',' | Should -Be 'Set-ADUser,Rename-ADObject'
        $global:AdCalls[1].Parameters.NewName | Should -Be 'jdoeray'
        $global:AdCalls[1].Parameters.Identity | Should -Be $Guid.ToString()
    }

    It 'goes on after a failed action, and takes "already a member" as AlreadyDone' {
        $denied = New-Request @{ Id = 'a3'; Action = 'Update'; Account = 'jdoe'; Identity = 'CN=jdoe,DC=example,DC=org'; Surname = 'Denied' }
        $member = New-Request @{ Id = 'a4'; Action = 'AddMember'; Account = 'jdoe'; Identity = 'CN=jdoe,DC=example,DC=org'; Group = 'RHS-students' }
        $disable = New-Request @{ Id = 'a5'; Action = 'Disable'; Account = 'jdoe'; Identity = 'CN=jdoe,DC=example,DC=org'; Enabled = $false }
        $revoke = New-Request @{ Id = 'a6'; Action = 'RevokeSessions'; Account = 'jdoe'; Identity = 'CN=jdoe,DC=example,DC=org' }

        $results = @(Invoke-Target (New-Target) @($denied, $member, $disable, $revoke))

        ($results | ForEach-Object { $_.Status.ToString() }) -join ',' | Should -Be 'Failed,AlreadyDone,Done,Skipped'
        $results[0].Error | Should -Match 'Set-ADUser failed: Insufficient access rights'
        $results[3].Error | Should -Match 'no sign-in sessions'
        ($global:AdCalls | ForEach-Object Command) -join ',' | Should -Be 'Set-ADUser,Add-ADGroupMember,Disable-ADAccount'
    }

    It 'reads accounts with Get-ADUser, the anchor and the groups by name' {
        $snapshot = (New-Target).ReadAsync($null, [System.Threading.CancellationToken]::None).GetAwaiter().GetResult()

        $snapshot.Accounts.Count | Should -Be 2
        $jdoe = $snapshot.Accounts | Where-Object Username -eq 'jdoe'
        $jdoe.Anchor | Should -Be 'S100'
        $jdoe.Id | Should -Be $Guid.ToString()
        @($jdoe.Groups) | Should -Be @('RHS-students')
        ($snapshot.Accounts | Where-Object Username -eq 'old').Enabled | Should -Be $false
        $global:AdCalls[0].Parameters.Properties | Should -Contain 'memberOf'
    }
}
