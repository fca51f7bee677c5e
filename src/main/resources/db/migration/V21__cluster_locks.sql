-- Issue 13: work that one node at a time may do, whichever node it is, takes the row lock of its name here.
create table cluster_lock (
    name varchar(64) not null primary key
);
-- The organisation imports (units and employees): a second upload while one runs on any node is refused (409).
insert into cluster_lock (name) values ('organisation-import');
